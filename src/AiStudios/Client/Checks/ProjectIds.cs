using System;

namespace AiStudios.Client.Checks
{
    /// <summary>
    /// Project ids become path segments (<c>GET /editor/project/{id}</c>), so an id must never be able to point a call
    /// at another endpoint: <c>.</c> and <c>..</c> are dot segments (<c>GET /editor/project/.</c> is the list), <c>/</c>
    /// and <c>\</c> separate segments, <c>?</c> and <c>#</c> end the path. Ids are escaped when sent, but a proxy or
    /// server that decodes a path twice would turn <c>%2e%2e</c> or <c>%252F</c> back into them, so their
    /// percent-encoded forms (once or repeatedly) are refused too, as are control characters (which also forge log
    /// lines) and ids over 1,024 characters. The service's ids are 24 hex digits; nothing real is refused.
    /// </summary>
    internal static class ProjectIds
    {
        public const int MaxLength = 1024;

        // Enough to undo any escaping a chain of proxies might undo; each round shortens a changed id.
        private const int MaxDecodings = 4;

        /// <summary>Checks an id the caller passed.</summary>
        /// <returns>The id.</returns>
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint; nothing is sent.</exception>
        public static string CheckArgument(string? id, string parameterName) => CheckArgument(id, parameterName, "project id");

        /// <summary>Checks another id that becomes a path segment (<paramref name="what"/>: <c>template id</c>).</summary>
        /// <returns>The id.</returns>
        /// <exception cref="ArgumentException">The id is empty or could reach another endpoint; nothing is sent.</exception>
        public static string CheckArgument(string? id, string parameterName, string what) =>
            Problem(id) is string problem
                ? throw new ArgumentException($"The {what} {Describe(id)} {problem}; nothing was sent.", parameterName)
                : id!;

        /// <summary>Checks an id the service sent; <paramref name="where"/> names the field (<c>data.projectId</c>).</summary>
        /// <exception cref="Http.UnexpectedAnswerException">The id cannot be used in a path.</exception>
        public static string CheckAnswer(string? id, string where) =>
            Problem(id) is string problem
                ? throw new Http.UnexpectedAnswerException($"{where} {Describe(id)} {problem}, so it cannot be used in a later call.")
                : id!;

        /// <summary>The id as a path segment.</summary>
        public static string ToPathSegment(string id) => Uri.EscapeDataString(id);

        /// <summary>Why the id is unusable, or null when it is fine.</summary>
        internal static string? Problem(string? id)
        {
            if (id is null || id.Trim().Length == 0)
            {
                return "is empty";
            }

            if (id.Length > MaxLength)
            {
                return $"is longer than {MaxLength} characters";
            }

            string text = id;
            for (int round = 0; ; round++)
            {
                if (ProblemOfDecoded(text) is string problem)
                {
                    return round == 0 ? problem : problem + " once percent-decoded";
                }

                if (round == MaxDecodings || text.IndexOf('%') < 0)
                {
                    return null;
                }

                string decoded = Uri.UnescapeDataString(text);
                if (decoded == text)
                {
                    return null;
                }

                text = decoded;
            }
        }

        private static string? ProblemOfDecoded(string text)
        {
            if (text.Trim() is "." or "..")
            {
                return "is a dot segment";
            }

            foreach (char c in text)
            {
                if (c is '/' or '\\' or '?' or '#')
                {
                    return $"contains '{c}'";
                }

                if (EchoText.IsControl(c))
                {
                    return "contains a control character";
                }
            }

            return null;
        }

        private static string Describe(string? id) => id is null ? "(null)" : "\"" + EchoText.Cap(id, 40) + "\"";
    }
}
