using System.Linq;
using System.Threading.Tasks;
using AiStudios.Emulator.Faults;
using AiStudios.Emulator.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AiStudios.Emulator.Auth;

/// <summary>
/// Guards every endpoint except <c>POST /auth/token</c>, <c>GET /auth</c> and file downloads: a missing, malformed,
/// badly signed, expired or early-expired token is a 401 envelope.
/// </summary>
internal sealed class RequireTokenFilter(JwtTokenService tokens, EmulatorOptions options, ILogger<RequireTokenFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var check = Authenticate(http, tokens);
        if (!check.IsValid)
        {
            // Log the reason, and the app only when it is one of ours: never the token, and never a claim of a token
            // that may be forged (its app id could hold a key, or a newline to forge a log line).
            var app = check.AppId is { } appId && options.Credentials.Any(c => c.AppId == appId) ? appId : "not a configured app";
            logger.LogInformation("Refused {Method} {Path}: token {Status} ({App}).", http.Request.Method, SafeText.Of(http.Request.Path.Value), check.Status, app);
            return Refusal(check.Status);
        }

        Caller.Set(http, check.AppId!);
        return await next(context);
    }

    /// <summary>Checks the request's token, applying the <c>expire-token</c> fault first.</summary>
    public static TokenCheck Authenticate(HttpContext http, JwtTokenService tokens)
    {
        var check = tokens.Check(http.Request.Headers.Authorization.ToString());
        if (check.IsValid && FaultContext.Get(http).ExpireToken)
        {
            tokens.ExpireNow(check.TokenId ?? "");
            check = check with { Status = TokenStatus.Expired };
        }

        return check;
    }

    private static IResult Refusal(TokenStatus status)
    {
        var (code, msg) = status switch
        {
            TokenStatus.Missing => (ErrorCodes.Unauthorized, "The Authorization header with a token from POST /auth/token is missing."),
            TokenStatus.Expired => (ErrorCodes.TokenExpired, "The token has expired; request a new one from POST /auth/token."),
            TokenStatus.BadSignature => (ErrorCodes.Unauthorized, "The token's signature is not valid."),
            TokenStatus.UnknownApp => (ErrorCodes.Unauthorized, "The token's app is not known."),
            _ => (ErrorCodes.Unauthorized, "The token is malformed."),
        };

        return Envelope.Error(StatusCodes.Status401Unauthorized, code, msg);
    }
}
