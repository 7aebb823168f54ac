using System;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Auth;

/// <summary>The app whose token authenticated the current request; projects are scoped to it.</summary>
internal static class Caller
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string appId) => context.Items[Key] = appId;

    public static string AppId(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is string appId
            ? appId
            : throw new InvalidOperationException("The endpoint is not behind RequireTokenFilter.");
}
