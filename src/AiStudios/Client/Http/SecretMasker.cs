using System;
using System.Collections.Generic;

namespace AiStudios.Client.Http
{
    /// <summary>
    /// Masks the user key and every token this client has held in text that came from outside (the service's error
    /// messages), before that text reaches an exception message or a log. The client never puts a secret into a
    /// message itself; this is the second line of defence against a service that echoes one back.
    /// </summary>
    internal sealed class SecretMasker
    {
        public const string Mask = "***";

        // Only the latest tokens matter: an older one cannot be echoed by an answer to a request that did not carry it.
        private const int MaxTokens = 4;

        private readonly object _gate = new object();
        private readonly string? _userKey;
        private readonly List<string> _tokens = new List<string>(MaxTokens);

        public SecretMasker(string? userKey)
        {
            _userKey = string.IsNullOrEmpty(userKey) ? null : userKey;
        }

        public void AddToken(string token)
        {
            if (string.IsNullOrEmpty(token))
            {
                return;
            }

            lock (_gate)
            {
                if (_tokens.Count == MaxTokens)
                {
                    _tokens.RemoveAt(0);
                }

                _tokens.Add(token);
            }
        }

        public string? Apply(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }

            string result = text!;
            if (_userKey is not null)
            {
                result = Replace(result, _userKey);
            }

            lock (_gate)
            {
                foreach (string token in _tokens)
                {
                    result = Replace(result, token);
                }
            }

            return result;
        }

        private static string Replace(string text, string secret) =>
            text.IndexOf(secret, StringComparison.Ordinal) < 0 ? text : text.Replace(secret, Mask);
    }
}
