using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Playbooks.Benchmarks.Data;

/// <summary>
/// A closed-loop load: <c>--concurrency</c> workers each send the request, wait for the whole response, and send the next,
/// for <c>--seconds</c> after <c>--warmup</c> seconds. Prints throughput and latency percentiles, and a digest of the
/// response's JSON (re-serialized without whitespace) so two endpoints can be shown to answer the same thing.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<int> RunAsync(Options options)
    {
        var url = new Uri(options.Required("url"));
        var body = await File.ReadAllTextAsync(options.Required("body")).ConfigureAwait(false);
        var seconds = options.Int("seconds", 15);
        var warmup = options.Int("warmup", 3);
        var concurrency = options.Int("concurrency", 16);
        var name = options.Get("name") ?? url.ToString();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency });
        var headers = options.All("header").Select(h => h.Split(':', 2)).Select(p => (p[0].Trim(), p[1].Trim())).ToArray();

        var first = await SendAsync(client, url, body, headers, CancellationToken.None).ConfigureAwait(false);
        var digest = Digest(first);

        await RunPhaseAsync(client, url, body, headers, concurrency, TimeSpan.FromSeconds(warmup), null).ConfigureAwait(false);
        var latencies = new List<double>[concurrency];
        var elapsed = await RunPhaseAsync(client, url, body, headers, concurrency, TimeSpan.FromSeconds(seconds), latencies).ConfigureAwait(false);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var rate = all.Length / elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"{name}: {all.Length} requests in {elapsed.TotalSeconds:F1} s = {rate:F0} req/s; latency p50 {Percentile(all, 0.50):F2} ms, p99 {Percentile(all, 0.99):F2} ms; {first.Length} bytes; json sha256 {digest}"));
        return 0;
    }

    private static async Task<TimeSpan> RunPhaseAsync(HttpClient client, Uri url, string body, (string, string)[] headers,
        int concurrency, TimeSpan duration, List<double>[]? latencies)
    {
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = new List<double>();
            if (latencies is not null)
            {
                latencies[worker] = mine;
            }
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await SendAsync(client, url, body, headers, CancellationToken.None).ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return clock.Elapsed;
    }

    private static async Task<string> SendAsync(HttpClient client, Uri url, string body, (string Name, string Value)[] headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (header, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {text}");
        }
        return text;
    }

    private static string Digest(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException("the response has errors: " + errors);
        }
        var compact = JsonSerializer.SerializeToUtf8Bytes(document.RootElement);
        return Convert.ToHexStringLower(SHA256.HashData(compact))[..16];
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
