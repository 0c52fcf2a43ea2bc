using System.Net;
using Awsdirect.Provider.Aws.Core;
using Awsdirect.Provider.Aws.GroundStation;
using Awsdirect.Provider.Configuration;
using CloudFrontListTags = Awsdirect.Provider.Aws.CloudFront.ListTagsForResourceRequest;

namespace Awsdirect.Provider.Tests.Aws;

public class ResolutionTests
{
    private static FakeAwsEnvironment Env(string? profileRegion = null, params (string Name, string Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value), profileRegion);

    [Fact]
    public void Region_ConfigWinsOverEnvironmentAndProfile()
    {
        Assert.Equal("eu-west-3", AwsRegionResolver.Resolve("eu-west-3", null, Env("ap-south-1", ("AWS_REGION", "us-east-2"))));
    }

    [Fact]
    public void Region_AwsRegionBeatsAwsDefaultRegion()
    {
        Assert.Equal("us-east-2", AwsRegionResolver.Resolve(null, null, Env(null, ("AWS_DEFAULT_REGION", "us-west-1"), ("AWS_REGION", "us-east-2"))));
        Assert.Equal("us-west-1", AwsRegionResolver.Resolve(" ", null, Env(null, ("AWS_DEFAULT_REGION", "us-west-1"))));
    }

    [Fact]
    public void Region_FallsBackToProfileThenNothing()
    {
        Assert.Equal("ap-south-1", AwsRegionResolver.Resolve(null, "p", Env("ap-south-1")));
        Assert.Null(AwsRegionResolver.Resolve(null, null, Env()));
    }

    [Fact]
    public void GroundStationEndpoint_Precedence_ConfigThenServiceVariableThenGlobalVariableThenAws()
    {
        var config = new Uri("http://config:1");
        var both = Env(null, ("AWS_ENDPOINT_URL_GROUNDSTATION", "http://service:2"), ("AWS_ENDPOINT_URL", "http://global:3"));

        Assert.Equal(config, AwsEndpointResolver.ResolveGroundStation(config, "us-east-2", both));
        Assert.Equal(new Uri("http://service:2"), AwsEndpointResolver.ResolveGroundStation(null, "us-east-2", both));
        Assert.Equal(new Uri("http://global:3"), AwsEndpointResolver.ResolveGroundStation(null, "us-east-2", Env(null, ("AWS_ENDPOINT_URL", "http://global:3"))));
        Assert.Equal(new Uri("https://groundstation.us-east-2.amazonaws.com"), AwsEndpointResolver.ResolveGroundStation(null, "us-east-2", Env()));
    }

    [Fact]
    public void CloudFrontEndpoint_DefaultsToTheGlobalEndpoint()
    {
        Assert.Equal(new Uri("https://cloudfront.amazonaws.com"), AwsEndpointResolver.ResolveCloudFront(null, Env()));
        Assert.Equal(new Uri("http://cf:4"), AwsEndpointResolver.ResolveCloudFront(null, Env(null, ("AWS_ENDPOINT_URL_CLOUDFRONT", "http://cf:4"), ("AWS_ENDPOINT_URL", "http://g"))));
    }

    [Fact]
    public void Endpoint_IgnoreConfiguredEndpointUrls_DisablesEnvironmentOverrides()
    {
        var env = Env(null, ("AWS_ENDPOINT_URL", "http://global:3"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));

        Assert.Equal(AwsEndpointResolver.CloudFrontGlobalEndpoint, AwsEndpointResolver.ResolveCloudFront(null, env));
    }

    [Fact]
    public void Endpoint_MalformedEnvironmentValue_NamesTheVariable()
    {
        var e = Assert.Throws<ArgumentException>(() => AwsEndpointResolver.ResolveCloudFront(null, Env(null, ("AWS_ENDPOINT_URL_CLOUDFRONT", "not a url"))));

        Assert.Contains("AWS_ENDPOINT_URL_CLOUDFRONT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Factory_NoRegion_FailsAtFirstGroundStationCallNotAtCreate()
    {
        var clients = new AwsTestClients(ProviderConfiguration.Default, Env());

        var e = await Assert.ThrowsAsync<AwsConfigurationException>(() => clients.GroundStation.ListConfigsAsync(new ListConfigsRequest()));

        Assert.Contains("AWS_REGION", e.Message, StringComparison.Ordinal);
        Assert.Empty(clients.Handler.Requests);
    }

    [Fact]
    public async Task Factory_CloudFront_SignsForUsEast1WhateverTheRegion_AndNeedsNoRegion()
    {
        var clients = new AwsTestClients(ProviderConfiguration.Default, Env(null, ("AWS_ENDPOINT_URL", "http://127.0.0.1:9")));
        clients.Handler.Respond(HttpStatusCode.OK, "<Tags/>", "text/xml");

        await clients.CloudFront.ListTagsForResourceAsync(new CloudFrontListTags { Resource = "arn:aws:cloudfront::1:connection-group/x" });

        var sent = clients.Handler.Single();
        Assert.Equal("127.0.0.1", sent.Uri.Host);
        Assert.Contains("/us-east-1/cloudfront/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Factory_GroundStation_UsesRegionalEndpointAndSigningScope()
    {
        var clients = new AwsTestClients(ProviderConfiguration.Default with { Region = "eu-north-1" }, Env());
        clients.Handler.Respond(HttpStatusCode.OK, "{}");

        await clients.GroundStation.ListConfigsAsync(new ListConfigsRequest());

        var sent = clients.Handler.Single();
        Assert.Equal("https://groundstation.eu-north-1.amazonaws.com/config", sent.Uri.ToString());
        Assert.Contains("/eu-north-1/groundstation/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        Assert.StartsWith("awsdirect/", sent.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Factory_EndpointWithPath_KeepsItAsPrefix()
    {
        var clients = new AwsTestClients(ProviderConfiguration.Default with { Region = "us-east-1", Endpoints = new ServiceEndpoints(new Uri("http://proxy.local/gs/"), null) }, Env());
        clients.Handler.Respond(HttpStatusCode.OK, "{}");

        await clients.GroundStation.ListConfigsAsync(new ListConfigsRequest());

        Assert.Equal("http://proxy.local/gs/config", clients.Handler.Single().Uri.ToString());
    }
}
