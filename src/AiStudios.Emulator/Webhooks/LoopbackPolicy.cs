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

        var host = url.IdnHost.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
