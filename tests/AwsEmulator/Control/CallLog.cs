namespace AwsEmulator.Control;

internal sealed class CallLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedCall> _calls = [];
    private long _sequence;

    public void Add(string service, string operation, string method, string path, int status, string? errorCode, bool faulted,
        DateTimeOffset receivedAt, DateTimeOffset answeredAt, string? accessKeyId = null, string? sessionToken = null, string? signature = null)
    {
        lock (_gate)
        {
            _sequence++;
            _calls.Add(new RecordedCall(_sequence, service, operation, method, path, status, errorCode, faulted, receivedAt, answeredAt,
                accessKeyId, sessionToken, signature));
        }
    }

    public IReadOnlyList<RecordedCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
            _sequence = 0;
        }
    }
}
