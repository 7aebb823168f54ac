using System;
using System.Collections.Generic;
using System.Globalization;
using AiStudios.Emulator.Faults;
using Microsoft.Extensions.Configuration;

namespace AiStudios.Emulator.Configuration;

/// <summary>
/// Reads <see cref="EmulatorOptions"/> from configuration by hand. The stock binder appends configured list items to
/// the default ones and reports bad values with little context; reading explicitly avoids both.
/// </summary>
internal static class EmulatorConfigurationReader
{
    public static EmulatorOptions Read(IConfigurationSection section)
    {
        var options = new EmulatorOptions();
        options.Port = ReadInt(section, "Port") ?? options.Port;
        options.TokenLifetime = ReadTimeSpan(section, "TokenLifetime") ?? options.TokenLifetime;
        options.Platform = section["Platform"] ?? options.Platform;
        options.SigningKey = section["SigningKey"] ?? options.SigningKey;
        options.RenderDuration = ReadTimeSpan(section, "RenderDuration") ?? options.RenderDuration;
        options.ProgressStep = ReadDouble(section, "ProgressStep") ?? options.ProgressStep;
        options.TickInterval = ReadTimeSpan(section, "TickInterval") ?? options.TickInterval;
        options.WebhookTimeout = ReadTimeSpan(section, "WebhookTimeout") ?? options.WebhookTimeout;
        options.QueueDelay = ReadTimeSpan(section, "QueueDelay") ?? options.QueueDelay;
        options.MaxStoredProjects = ReadInt(section, "MaxStoredProjects") ?? options.MaxStoredProjects;
        options.MaxStoredBytes = ReadLong(section, "MaxStoredBytes") ?? options.MaxStoredBytes;

        foreach (var child in section.GetSection("Credentials").GetChildren())
        {
            options.Credentials.Add(new EmulatorCredential(child["AppId"] ?? "", child["UserKey"] ?? ""));
        }

        foreach (var child in section.GetSection("Workspaces").GetChildren())
        {
            options.Workspaces.Add(new EmulatorWorkspace(child["WorkspaceId"] ?? "", child["WorkspaceName"] ?? ""));
        }

        foreach (var child in section.GetSection("Avatars").GetChildren())
        {
            var clothes = new List<EmulatorClothes>();
            foreach (var item in child.GetSection("Clothes").GetChildren())
            {
                clothes.Add(new EmulatorClothes(item["Id"] ?? "", item["Label"] ?? item["Id"] ?? ""));
            }

            var id = child["Id"] ?? "";
            options.Avatars.Add(new EmulatorAvatar(id, child["Label"] ?? id, child["AvatarType"] ?? EmulatorAvatar.Stock, clothes));
        }

        foreach (var child in section.GetSection("Templates").GetChildren())
        {
            var id = child["Id"] ?? "";
            options.Templates.Add(new EmulatorTemplate(id, child["Name"] ?? id));
        }

        foreach (var child in section.GetSection("Faults").GetChildren())
        {
            options.Faults.Add(new FaultRule
            {
                Path = child["Path"] ?? "*",
                Method = child["Method"],
                Fault = child["Fault"] ?? throw new FormatException($"{child.Path}:Fault is required."),
                Count = ReadInt(child, "Count"),
            });
        }

        return options;
    }

    private static int? ReadInt(IConfiguration section, string key) =>
        ReadLong(section, key) is long value
            ? value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new FormatException($"Emulator:{key} is out of range.")
            : null;

    private static long? ReadLong(IConfiguration section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Emulator:{key} must be an integer, not '{text}'.");
    }

    private static double? ReadDouble(IConfiguration section, string key)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Emulator:{key} must be a number, not '{text}'.");
    }

    /// <summary>Accepts a TimeSpan (<c>00:00:05</c>) or a number with a unit suffix (<c>500ms</c>, <c>5s</c>, <c>2m</c>, <c>24h</c>).</summary>
    private static TimeSpan? ReadTimeSpan(IConfiguration section, string key)
    {
        var text = section[key]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (TryParseDuration(text, out var value))
        {
            return value;
        }

        throw new FormatException($"Emulator:{key} must be a duration such as 00:00:05, 500ms, 5s, 2m or 24h, not '{text}'.");
    }

    internal static bool TryParseDuration(string text, out TimeSpan value)
    {
        var suffixes = new List<(string Suffix, Func<double, TimeSpan> Make)>
        {
            ("ms", TimeSpan.FromMilliseconds),
            ("s", TimeSpan.FromSeconds),
            ("m", TimeSpan.FromMinutes),
            ("h", TimeSpan.FromHours),
        };

        foreach (var (suffix, make) in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value = make(number);
                return true;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value);
    }
}
