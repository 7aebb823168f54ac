using System;
using System.Net;

namespace AiStudios.Emulator.Webhooks;

/// <summary>
/// The emulator only ever calls webhooks on this machine: an http(s) URL whose host is a loopback IP literal
/// (127.0.0.0/8, ::1) or <c>localhost</c>. Anything else is refused without a DNS lookup, so an emulator fed a
/// copied production URL sends nothing off the machine.
/// </summary>
internal static class LoopbackPolicy
{
    public static bool IsAllowed(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        return LoopbackAddresses(url.IdnHost) is not null;
    }

    /// <summary>
    /// The loopback addresses to connect to for <paramref name="host"/>, without asking DNS: an IP literal that is
    /// loopback, or <c>localhost</c> and any <c>*.localhost</c> name (RFC 6761: always loopback). Null for anything
    /// else, which is refused: a name is never looked up, so no query (which could carry a secret label) leaves the machine.
    /// </summary>
    public static IPAddress[]? LoopbackAddresses(string host)
    {
        host = host.Trim('[', ']').TrimEnd('.');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new[] { IPAddress.Loopback, IPAddress.IPv6Loopback };
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address) ? new[] { address } : null;
    }
}
