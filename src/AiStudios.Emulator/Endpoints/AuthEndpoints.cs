using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Hosting;
using AiStudios.Emulator.Http;
using AiStudios.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Endpoints;

/// <summary><c>POST /auth/token</c> and <c>GET /auth</c>: the two calls that need no token.</summary>
internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder open)
    {
        open.MapPost("/auth/token", IssueTokenAsync).AcceptsJsonBody(JsonBodyRoute.Token);
        open.MapGet("/auth", CheckAuthentication);
    }

    private static async Task<IResult> IssueTokenAsync(
        HttpContext context,
        [FromServices] EmulatorOptions options,
        [FromServices] JwtTokenService tokens,
        [FromServices] Counters counters,
        [FromServices] ILogger<JwtTokenService> logger)
    {
        // TokenRequests is counted by RequestCounterMiddleware, before faults.
        var (body, error) = await JsonBody.ReadObjectAsync(context);
        if (error is not null)
        {
            return error;
        }

        var appId = ReadString(body!, "appId");
        var userKey = ReadString(body!, "userKey");
        if (appId is null || userKey is null)
        {
            var problems = new JsonArray();
            if (appId is null)
            {
                problems.Add(new SchemaProblem("/appId", "appId must be a non-empty string.").ToJson());
            }

            if (userKey is null)
            {
                problems.Add(new SchemaProblem("/userKey", "userKey must be a non-empty string.").ToJson());
            }

            return Envelope.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must be {\"appId\": \"...\", \"userKey\": \"...\"}.", problems);
        }

        // Compare keys in constant time; the app id is public.
        var known = options.Credentials.Any(c => c.AppId == appId
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(c.UserKey), Encoding.UTF8.GetBytes(userKey)));
        if (!known)
        {
            // The app id as received is not logged: a user who swapped the two halves sends the user key there.
            logger.LogInformation("Refused a token request: unknown appId or wrong userKey.");
            return Envelope.Error(StatusCodes.Status401Unauthorized, ErrorCodes.InvalidCredentials, "The appId or userKey is not valid.");
        }

        counters.TokenIssued();
        logger.LogInformation("Issued a token for app {AppId}.", appId);
        return Envelope.Ok(new JsonObject { ["token"] = tokens.Issue(appId) });
    }

    /// <summary>Always 200: a missing or bad token is <c>isAuthenticated: false</c>, not a 401.</summary>
    private static IResult CheckAuthentication(HttpContext context, [FromServices] JwtTokenService tokens)
    {
        var check = RequireTokenFilter.Authenticate(context, tokens);
        return Envelope.Ok(new JsonObject { ["isAuthenticated"] = check.IsValid });
    }

    private static string? ReadString(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text
            ? text
            : null;
}
