using System;
using System.Linq;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AiStudios.Emulator.Hosting;

/// <summary>
/// The emulator's own root address (<c>http://127.0.0.1:PORT/</c>), read from Kestrel once it listens: with port 0
/// the port is only known then. Download URLs are built from it rather than from the request's Host header, so a
/// render finishing in the background produces the same URL as one observed by a request.
/// </summary>
internal sealed class ServerAddresses(IServer server)
{
    private Uri? root;

    public Uri Root => root ??= Resolve();

    public Uri ApiBase => new(Root, "api/odin/v3/");

    private Uri Resolve()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The emulator is not listening yet.");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
