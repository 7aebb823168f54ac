using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiStudios.Client.Tests.Infrastructure;
using AiStudios.Testing;

namespace AiStudios.Client.Tests;

/// <summary>
/// The README's coverage table ("every call ... has a method") cannot drift: each row names a client method that exists
/// and a route the emulator serves.
/// </summary>
public sealed class CoverageTableTests : ClientTest
{
    private const string Header = "| call (under `/api/odin/v3`) | method | renders? | sent again? |";

    [Fact]
    public void The_table_lists_every_documented_video_call_once()
    {
        List<Row> rows = Rows();

        Assert.Equal(21, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Method + " " + r.Path).Distinct().Count());
        Assert.Contains(rows, r => r.Path == "/dropdown/templates_automation");
    }

    [Fact]
    public void Every_method_the_table_names_is_a_public_method_of_the_client()
    {
        var methods = typeof(AiStudiosClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        foreach (Row row in Rows().Where(r => r.Path != "/auth/token"))
        {
            Assert.True(row.ClientMethods.Count > 0, $"README row {row.Method} {row.Path} names no client method.");
            Assert.All(row.ClientMethods, name => Assert.True(methods.Contains(name), $"README row {row.Method} {row.Path} names {name}, which AiStudiosClient lacks."));
        }
    }

    [Fact]
    public async Task Every_route_the_table_names_is_served_by_the_emulator()
    {
        string token = Emulator.IssueToken();
        using var http = new HttpClient();
        foreach (Row row in Rows())
        {
            // Ids of the right shape that need not exist: a missing project is a 404 with its own message.
            string path = row.Path.Replace("{id}", "0123456789abcdef01234567").Replace("{templateId}", "0123456789abcdef01234567");
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(Emulator.BaseAddress, path.TrimStart('/')));
            request.Headers.TryAddWithoutValidation("Authorization", token);
            using HttpResponseMessage response = await http.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode != HttpStatusCode.MethodNotAllowed, $"{row.Method} {row.Path}: 405 {body}");
            Assert.False(response.StatusCode == HttpStatusCode.NotFound && body.Contains("No endpoint at", StringComparison.Ordinal), $"{row.Method} {row.Path}: {body}");
        }
    }

    [Fact]
    public async Task A_route_the_emulator_lacks_is_told_apart()
    {
        // The check above relies on this answer for a path nobody maps.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Emulator.BaseAddress, "dropdown/nothing"));
        request.Headers.TryAddWithoutValidation("Authorization", Emulator.IssueToken());
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No endpoint at", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<Row> Rows()
    {
        string[] lines = File.ReadAllLines(RepoPaths.InRepo("README.md"));
        int header = Array.IndexOf(lines, Header);
        Assert.True(header >= 0, "README.md has no coverage table starting with: " + Header);
        var rows = new List<Row>();
        for (int i = header + 2; i < lines.Length && lines[i].StartsWith("|", StringComparison.Ordinal); i++)
        {
            string[] cells = lines[i].Split('|');
            Match call = Regex.Match(cells[1], @"`(GET|POST|DELETE|PUT|PATCH) (/[^`]*)`");
            Assert.True(call.Success, $"README.md line {i + 1}: no `METHOD /path` in the first cell.");
            List<string> names = Regex.Matches(cells[2], @"`([A-Z][A-Za-z]*Async)`").Select(m => m.Groups[1].Value).ToList();
            rows.Add(new Row(call.Groups[1].Value, call.Groups[2].Value, names));
        }

        return rows;
    }

    private sealed record Row(string Method, string Path, List<string> ClientMethods);
}

/// <summary>The README's Errors paragraph names every code the client sets, as <c>Name</c> (<c>VALUE</c>).</summary>
public sealed class ErrorCodeListTests
{
    [Fact]
    public void Every_constant_of_AiStudiosErrorCodes_is_in_the_READMEs_Errors_list()
    {
        string readme = File.ReadAllText(RepoPaths.InRepo("README.md")).Replace("\r\n", "\n");
        int start = readme.IndexOf("**Errors** are one type", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no **Errors** paragraph.");
        string paragraph = Regex.Replace(readme.Substring(start, readme.IndexOf("\n\n", start, StringComparison.Ordinal) - start), @"\s+", " ");

        var constants = typeof(AiStudiosErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();

        Assert.NotEmpty(constants);
        Assert.All(constants, field => Assert.Contains($"`{field.Name}` (`{field.GetRawConstantValue()}`)", paragraph, StringComparison.Ordinal));
    }
}
