using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace AiStudios.Emulator.Tests;

/// <summary>
/// The emulator under abuse keeps its memory flat: 50 creates of 10 MiB each, one after the other, of the shapes
/// that once took it from under 100 MB to 17 GB (a valid project carrying a 10 MiB string, an array of five million
/// scenes, a five-million-item unknown array, a project of thousands of real scenes) raise the peak resident set of
/// the command-line emulator by less than 200 MB.
/// </summary>
public sealed class MemoryTests(ITestOutputHelper output)
{
    private const int TenMiB = 10 * 1024 * 1024;
    private const long AllowedGrowth = 200L * 1024 * 1024;

    [Fact]
    public async Task Fifty_sequential_10_MiB_creates_raise_peak_memory_by_less_than_200_MB()
    {
        // A safety net for the machine, not the measure: a regression makes the emulator fail (and this test with it)
        // at 1 GiB of managed heap instead of taking many gigabytes from everything else running here.
        await using var emulator = await EmulatorProcess.StartAsync(environment: new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" });
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        string token = await TokenAsync(http);

        // Warm up (JIT, the schema) with an ordinary create, then measure from there.
        Assert.Equal(200, (await CreateAsync(http, token, Encoding.UTF8.GetBytes(RepoPaths.SeedProject().ToJsonString()))).Status);
        long baseline = emulator.ResidentBytes;

        string seed = RepoPaths.SeedProject().ToJsonString();
        byte[][] bodies =
        [
            Fill(seed[..^1] + ",\"blob\":\"", "x", "\"}"),
            Fill("{\"scenes\":[", "0,", "0]}"),
            Fill(seed[..^1] + ",\"numbers\":[", "0,", "0]}"),
            ManyScenes(seed),
        ];

        var statuses = new Dictionary<int, int>();
        for (int i = 0; i < 50; i++)
        {
            byte[] body = bodies[i % bodies.Length];
            Assert.Equal(TenMiB, body.Length);
            var answer = await CreateAsync(http, token, body);
            Assert.True(answer.Status is 200 or 400 or 413 or 507, $"create {i}: {answer}");
            Assert.True(answer.Body.Length < 64 * 1024, $"create {i}: an answer of {answer.Body.Length} characters");
            statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
        }

        long peak = emulator.PeakResidentBytes;
        output.WriteLine($"baseline {baseline / 1048576} MiB, peak {peak / 1048576} MiB, now {emulator.ResidentBytes / 1048576} MiB; statuses {string.Join(", ", statuses)}");
        Assert.True(peak - baseline < AllowedGrowth, $"peak resident set grew by {(peak - baseline) / 1048576} MiB (from {baseline / 1048576} MiB)");
        Assert.True(statuses.GetValueOrDefault(200) >= 2, "some large valid projects were stored");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("auth")).StatusCode);
    }

    private static byte[] Fill(string prefix, string unit, string suffix)
    {
        var text = new StringBuilder(TenMiB);
        text.Append(prefix);
        int room = TenMiB - prefix.Length - suffix.Length;
        text.Insert(text.Length, unit, room / unit.Length);
        text.Append(' ', room % unit.Length);
        text.Append(suffix);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A valid project of as many copies of the seed's scene as fit in 10 MiB.</summary>
    private static byte[] ManyScenes(string seed)
    {
        var project = (JsonObject)JsonNode.Parse(seed)!;
        string scene = project["scenes"]![0]!.ToJsonString();
        project["scenes"] = new JsonArray();
        string head = project.ToJsonString();
        string prefix = head[..(head.IndexOf("\"scenes\":[]", StringComparison.Ordinal) + "\"scenes\":[".Length)];
        string suffix = head[(prefix.Length)..];
        var text = new StringBuilder(TenMiB).Append(prefix);
        for (int index = 0; text.Length + scene.Length + 12 + suffix.Length < TenMiB; index++)
        {
            text.Append(index == 0 ? "" : ",").Append(scene.Replace("\"sceneIdx\":0", "\"sceneIdx\":" + index, StringComparison.Ordinal));
        }

        text.Append(' ', TenMiB - text.Length - suffix.Length).Append(suffix);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var answer = await http.PostAsync("auth/token", new StringContent("{\"appId\":\"emulator-app\",\"userKey\":\"emulator-key\"}", Encoding.UTF8, "application/json"));
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["data"]!["token"]!.GetValue<string>();
    }

    private static async Task<(int Status, string Body)> CreateAsync(HttpClient http, string token, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "editor/project") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
