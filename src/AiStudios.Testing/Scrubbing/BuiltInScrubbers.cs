using System;
using System.Text.RegularExpressions;
using AiStudios.Testing.Json;

namespace AiStudios.Testing.Scrubbing
{
    /// <summary>
    /// The values of AI Studios payloads that legitimately change between runs, found by property
    /// name (the fields a fetched project or a render answer carries) or by shape (GUIDs, object
    /// ids, ISO 8601 date-times, signed URLs). Content people write (texts, colours, clip ids the
    /// builder numbers) is never touched.
    /// </summary>
    internal static class BuiltInScrubbers
    {
        public const string Id = "Id";
        public const string Date = "Date";
        public const string Url = "Url";

        private static readonly Regex GuidShape = new Regex(
            "^[{(]?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[})]?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex ObjectIdShape = new Regex("^[0-9a-fA-F]{24}$", RegexOptions.CultureInvariant);

        private static readonly Regex IsoDateTime = new Regex(
            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$",
            RegexOptions.CultureInvariant);

        private static readonly Regex HttpDate = new Regex(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$",
            RegexOptions.CultureInvariant);

        // Fields of fetched projects and render answers (API reference 1.6.x), compared without '_' and case.
        private static readonly string[] IdNames = { "projectid", "userid", "backendtaskid", "taskid", "requestid" };
        private static readonly string[] DateNames =
        {
            "createdat", "updatedat", "modifiedat", "deletedat", "exportedat", "completedat", "finishedat",
            "startedat", "expiresat", "expiredat", "lastmodified", "timestamp",
        };
        private static readonly string[] DownloadUrlNames = { "downloadurl", "fileurl", "signedurl", "presignedurl" };

        /// <summary>Returns the scrubbed value, or null when the value stays.</summary>
        public static JsonTree? Scrub(string? propertyName, JsonTree value, Placeholders placeholders)
        {
            string name = Normalize(propertyName);
            if (value.Kind == NodeKind.Number)
            {
                // Only a number named as a date and large enough to be seconds or milliseconds since 1970.
                return IsOneOf(name, DateNames) && LooksLikeEpoch(value.Text!) ? JsonTree.String(placeholders.For(Date, value.Text!)) : null;
            }

            if (value.Kind != NodeKind.String || value.Text!.Length == 0)
            {
                return null;
            }

            string text = value.Text;
            if (IsOneOf(name, DateNames) || IsoDateTime.IsMatch(text) || HttpDate.IsMatch(text))
            {
                return JsonTree.String(placeholders.For(Date, text));
            }

            // "_id" is the server's id of a fetched project; a clip's "id" is content the builder numbers.
            if (propertyName == "_id" || IsOneOf(name, IdNames) || GuidShape.IsMatch(text) || ObjectIdShape.IsMatch(text))
            {
                return JsonTree.String(placeholders.For(Id, text));
            }

            if (!UrlParts.TryParse(text, out UrlParts url))
            {
                return null;
            }

            if (IsOneOf(name, DownloadUrlNames))
            {
                return JsonTree.String(placeholders.For(Url, text));
            }

            // A webhook keeps its host and readable path, so the snapshot still shows where renders report.
            if (name.Contains("webhook") || name.Contains("callback"))
            {
                string scrubbed = url.WithSecretsScrubbed(placeholders);
                return scrubbed == text ? null : JsonTree.String(scrubbed);
            }

            return url.IsSigned() ? JsonTree.String(placeholders.For(Url, text)) : null;
        }

        private static string Normalize(string? propertyName) =>
            propertyName is null ? "" : propertyName.Replace("_", "").Replace("-", "").ToLowerInvariant();

        private static bool IsOneOf(string name, string[] names) => Array.IndexOf(names, name) >= 0;

        private static bool LooksLikeEpoch(string rawNumber)
        {
            // 10^9 s is 2001-09-09; 10^14 ms is the year 5138. Fractions are allowed (seconds.millis).
            int digits = rawNumber.IndexOfAny(new[] { '.', 'e', 'E' });
            string whole = digits < 0 ? rawNumber : rawNumber.Substring(0, digits);
            return whole.Length >= 10 && whole.Length <= 14 && whole[0] != '-';
        }
    }
}
