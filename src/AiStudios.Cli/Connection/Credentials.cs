using System;
using System.Collections.Generic;
using System.IO;
using AiStudios.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace AiStudios.Cli.Connection
{
    /// <summary>
    /// Where the key comes from, later sources winning: the config file (--config, else
    /// ~/.config/aistudios/config.json), user secrets (id <c>aistudios-cli</c>), <c>AiStudios__AppId</c>-style
    /// variables, then <c>AISTUDIOS_APPID</c> / <c>AISTUDIOS_USERKEY</c> / <c>AISTUDIOS_BASEADDRESS</c>, then --base-url.
    /// The user key is never printed: errors name keys and sources, never values.
    /// </summary>
    internal static class Credentials
    {
        public const string AppIdVariable = "AISTUDIOS_APPID";
        public const string UserKeyVariable = "AISTUDIOS_USERKEY";
        public const string BaseAddressVariable = "AISTUDIOS_BASEADDRESS";
        public const string UserSecretsId = "aistudios-cli";

        public static string DefaultConfigFile =>
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "aistudios", "config.json");

        public static string MissingKeyMessage =>
            $"no AI Studios key: set {AppIdVariable} and {UserKeyVariable} (or AiStudios:AppId and AiStudios:UserKey in user secrets '{UserSecretsId}' or {DefaultConfigFile}), or use --emulator.";

        /// <summary>The client options from every source.</summary>
        /// <exception cref="CliException">A source cannot be read, a value is malformed, or there is no key.</exception>
        public static AiStudiosClientOptions Resolve(ConnectionSettings settings)
        {
            var options = new AiStudiosClientOptions();
            IConfiguration configuration;
            try
            {
                var builder = new ConfigurationBuilder();
                if (settings.ConfigFile is not null)
                {
                    string full = Path.GetFullPath(settings.ConfigFile);
                    if (!File.Exists(full))
                    {
                        throw new CliException(ExitCodes.Usage, $"--config {settings.ConfigFile}: no such file.");
                    }

                    builder.AddJsonFile(full, optional: false, reloadOnChange: false);
                }
                else
                {
                    builder.AddJsonFile(DefaultConfigFile, optional: true, reloadOnChange: false);
                }

                configuration = builder
                    .AddUserSecrets(UserSecretsId, reloadOnChange: false)
                    .AddEnvironmentVariables()
                    .AddInMemoryCollection(FromPlainVariables())
                    .Build();
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // A broken JSON settings file: the reader's messages give the position (and at most one character), never a value.
                string file = settings.ConfigFile ?? DefaultConfigFile;
                string detail = e.InnerException is { } inner ? " " + inner.Message : string.Empty;
                throw new CliException(ExitCodes.Usage, $"the settings in {file} could not be read: " + Redact(e.Message + detail));
            }

            try
            {
                AiStudiosConfiguration.Bind(configuration.GetSection(AiStudiosConfiguration.SectionName), options);
                if (settings.BaseUrl is not null)
                {
                    var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BaseAddress"] = settings.BaseUrl }).Build();
                    AiStudiosConfiguration.Bind(overrides, options);
                }
            }
            catch (FormatException e)
            {
                throw new CliException(ExitCodes.Usage, Redact(e.Message));
            }

            if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.UserKey))
            {
                throw new CliException(ExitCodes.Authentication, MissingKeyMessage);
            }

            return options;
        }

        private static Dictionary<string, string?> FromPlainVariables()
        {
            var values = new Dictionary<string, string?>();
            foreach ((string variable, string key) in new[] { (AppIdVariable, "AppId"), (UserKeyVariable, "UserKey"), (BaseAddressVariable, "BaseAddress") })
            {
                if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
                {
                    values[AiStudiosConfiguration.SectionName + ":" + key] = value;
                }
            }

            return values;
        }

        /// <summary>A configuration message is about keys and files; a value of the user key never gets through.</summary>
        private static string Redact(string message)
        {
            foreach (string variable in new[] { UserKeyVariable, "AiStudios__UserKey" })
            {
                // Real keys are long; a very short value would mangle unrelated words and is left alone.
                if (Environment.GetEnvironmentVariable(variable) is { Length: >= 8 } secret)
                {
                    message = message.Replace(secret, "***", StringComparison.Ordinal);
                }
            }

            return message;
        }
    }
}
