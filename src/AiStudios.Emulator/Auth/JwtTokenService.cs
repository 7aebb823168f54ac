using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiStudios.Emulator.Auth;

/// <summary>
/// Issues and checks the service's tokens: HS256 JWTs whose payload holds <c>appId</c>, <c>platform</c>, <c>iat</c>
/// and <c>exp</c> like the official sample, plus a random <c>jti</c> so two tokens issued in the same second differ
/// (the <c>expire-token</c> fault expires exactly one token). Hand-written: HS256 is a few lines, and no JWT package
/// is needed for it.
/// </summary>
internal sealed class JwtTokenService
{
    private static readonly byte[] HeaderSegment = Encoding.UTF8.GetBytes(Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""")));

    private readonly byte[] key;
    private readonly TimeProvider time;
    private readonly TimeSpan lifetime;
    private readonly string platform;
    private readonly HashSet<string> appIds;
    private readonly ConcurrentDictionary<string, bool> expiredEarly = new(StringComparer.Ordinal);

    public JwtTokenService(EmulatorOptions options)
    {
        key = options.SigningKey is { } text ? Encoding.UTF8.GetBytes(text) : RandomNumberGenerator.GetBytes(32);
        time = options.TimeProvider;
        lifetime = options.TokenLifetime;
        platform = options.Platform;
        appIds = options.Credentials.Select(c => c.AppId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Issues a token for <paramref name="appId"/>, issued now or at <paramref name="issuedAt"/>.</summary>
    public string Issue(string appId, DateTimeOffset? issuedAt = null)
    {
        var iat = (issuedAt ?? time.GetUtcNow()).ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["appId"] = appId,
            ["platform"] = platform,
            ["iat"] = iat,
            ["exp"] = iat + (long)lifetime.TotalSeconds,
            ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
        };

        var signingInput = Encoding.UTF8.GetString(HeaderSegment) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>
    /// Checks the value of an <c>Authorization</c> header: the raw token as the official samples send it, or
    /// <c>Bearer &lt;token&gt;</c>, which is accepted too.
    /// </summary>
    public TokenCheck Check(string? authorization)
    {
        try
        {
            return CheckCore(authorization);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // A header or payload with duplicate keys, or an escaped lone surrogate in a string: not a token.
            return new TokenCheck(TokenStatus.Malformed);
        }
    }

    private TokenCheck CheckCore(string? authorization)
    {
        var token = StripScheme(authorization);
        if (string.IsNullOrEmpty(token))
        {
            return new TokenCheck(TokenStatus.Missing);
        }

        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return new TokenCheck(TokenStatus.Malformed);
        }

        if (!TryDecodeJson(parts[0], out var header)
            || header?["alg"]?.GetValueKind() != JsonValueKind.String
            || header["alg"]!.GetValue<string>() != "HS256")
        {
            // Refuses alg=none and every other algorithm: only what the emulator itself signs is a token.
            return new TokenCheck(TokenStatus.Malformed);
        }

        if (!TryDecode(parts[2], out var signature))
        {
            return new TokenCheck(TokenStatus.Malformed);
        }

        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return new TokenCheck(TokenStatus.BadSignature);
        }

        if (!TryDecodeJson(parts[1], out var payload)
            || !TryGetString(payload, "appId", out var appId)
            || !TryGetLong(payload, "exp", out var exp))
        {
            return new TokenCheck(TokenStatus.Malformed);
        }

        TryGetString(payload, "jti", out var jti);
        if (!appIds.Contains(appId))
        {
            return new TokenCheck(TokenStatus.UnknownApp, appId, jti);
        }

        var expired = time.GetUtcNow().ToUnixTimeSeconds() >= exp || (jti.Length > 0 && expiredEarly.ContainsKey(jti));
        return new TokenCheck(expired ? TokenStatus.Expired : TokenStatus.Valid, appId, jti);
    }

    /// <summary>Makes one token expired from now on (the <c>expire-token</c> fault), so retrying with it fails too.</summary>
    public void ExpireNow(string tokenId)
    {
        if (!string.IsNullOrEmpty(tokenId))
        {
            expiredEarly[tokenId] = true;
        }
    }

    private static string? StripScheme(string? authorization)
    {
        var value = authorization?.Trim();
        const string bearer = "Bearer ";
        if (value is not null && value.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            value = value[bearer.Length..].Trim();
        }

        return value;
    }

    private static bool TryDecodeJson(string segment, out JsonNode? node)
    {
        node = null;
        if (!TryDecode(segment, out var bytes))
        {
            return false;
        }

        try
        {
            node = JsonNode.Parse(bytes);
            // JsonNode builds an object's dictionary lazily; build it here so duplicate keys fail inside this try.
            return node is JsonObject obj && obj.Count >= 0;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryGetString(JsonNode? node, string name, out string value)
    {
        value = "";
        if (node is JsonObject obj && obj[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        return false;
    }

    private static bool TryGetLong(JsonNode? node, string name, out long value)
    {
        value = 0;
        return node is JsonObject obj
            && obj[name] is JsonValue v
            && v.GetValueKind() == JsonValueKind.Number
            && v.TryGetValue(out value);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string segment, out byte[] bytes)
    {
        bytes = Array.Empty<byte>();
        if (segment.Length == 0)
        {
            return false;
        }

        var base64 = segment.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
