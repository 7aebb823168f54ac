using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AiStudios.AspNetCore;
using AiStudios.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddAiStudiosWebhooks(o => o.Secrets.Add("consumer-secret-0123456789abcdef"));
var app = builder.Build();
string? seen = null;
app.MapAiStudiosWebhook("/hooks/aistudios", (e, _) =>
{
    seen = e.Webhook is RenderCompletedWebhook done ? $"{done.GetType().Name} credit {done.Credit} order {e.Parameters["order"]}" : e.ToString();
    return Task.CompletedTask;
});
await app.StartAsync();

var root = new Uri(app.Urls.First());
Uri url = app.Services.CreateAiStudiosWebhookUrl(new Uri(root, "/hooks/aistudios?order=42"));
using var http = new HttpClient();
const string Body = "{\"progress\": 100, \"backendTaskId\": \"task-1\", \"credit\": 2, \"download_url\": \"https://cdn.example.com/v.mp4\"}";
HttpResponseMessage Post(Uri target) => http.PostAsync(target, new StringContent(Body, Encoding.UTF8, "application/json")).GetAwaiter().GetResult();

var signed = Post(url);
Console.WriteLine($"signed: {(int)signed.StatusCode}, handler got {seen}");
var repeated = Post(url);
Console.WriteLine($"repeated: {(int)repeated.StatusCode} {(await repeated.Content.ReadAsStringAsync()).Contains("\"duplicate\":true") switch { true => "duplicate", false => "handled again" }}");
var forged = Post(new Uri(root, "/hooks/aistudios?order=42&token=bm90LXRoZS10b2tlbg"));
Console.WriteLine($"forged: {(int)forged.StatusCode}");
await app.StopAsync();
