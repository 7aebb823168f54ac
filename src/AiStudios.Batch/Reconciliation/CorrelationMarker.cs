using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace AiStudios.Batch.Reconciliation
{
    /// <summary>
    /// The marker a batch writes at the end of each project's name, <c> [b:k3f9a2qd:1234]</c> (batch id, row number;
    /// <c>[b:k3f9a2qd:1234.2]</c> for a second attempt), so that a create whose answer was lost can be found again
    /// with <c>GET /editor/project</c>: the name is the only field that call returns which a create can set.
    /// </summary>
    public static class CorrelationMarker
    {
        /// <summary>Batch ids: 1 to 16 lowercase letters or digits.</summary>
        public const string BatchIdPattern = "[a-z0-9]{1,16}";

        private static readonly Regex Trailing = new Regex(
            @"\[b:(" + BatchIdPattern + @"):([0-9]{1,18})(?:\.([0-9]{1,9}))?\]\s*$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        private static readonly Regex ValidBatchId = new Regex("^" + BatchIdPattern + "$", RegexOptions.CultureInvariant);

        /// <summary>The marker of an attempt: <c>[b:{batch}:{number}]</c>, or <c>[b:{batch}:{number}.{attempt}]</c> from the second.</summary>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The row number.</param>
        /// <param name="attempt">The attempt, from 1.</param>
        /// <returns>The marker.</returns>
        public static string Format(string batchId, long number, int attempt) =>
            attempt <= 1
                ? string.Format(CultureInfo.InvariantCulture, "[b:{0}:{1}]", batchId, number)
                : string.Format(CultureInfo.InvariantCulture, "[b:{0}:{1}.{2}]", batchId, number, attempt);

        /// <summary>A project name with the marker appended (after a space; a name that already ends with a marker keeps only the new one).</summary>
        /// <param name="name">The name from the template and row (null: the service's default name).</param>
        /// <param name="marker">The marker.</param>
        /// <returns>The name to send.</returns>
        public static string Append(string? name, string marker)
        {
            string baseName = name is null ? "Default Template" : Trailing.Replace(name, string.Empty).TrimEnd();
            return baseName.Length == 0 ? marker : baseName + " " + marker;
        }

        /// <summary>Reads the marker at the end of a project name.</summary>
        /// <param name="name">The name.</param>
        /// <param name="batchId">The batch.</param>
        /// <param name="number">The row number.</param>
        /// <param name="attempt">The attempt.</param>
        /// <returns>Whether the name ends with a marker.</returns>
        public static bool TryParse(string? name, out string batchId, out long number, out int attempt)
        {
            batchId = string.Empty;
            number = 0;
            attempt = 0;
            if (name is null || name.IndexOf("[b:", StringComparison.Ordinal) < 0)
            {
                return false;
            }

            Match match = Trailing.Match(name);
            if (!match.Success)
            {
                return false;
            }

            batchId = match.Groups[1].Value;
            number = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            attempt = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
            return true;
        }

        /// <summary>A new random batch id: 8 characters of base 32 (40 bits).</summary>
        /// <returns>The id.</returns>
        public static string NewBatchId()
        {
            const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
            Span<byte> bytes = stackalloc byte[8];
            RandomNumberGenerator.Fill(bytes);
            var id = new char[8];
            for (int i = 0; i < id.Length; i++)
            {
                id[i] = Alphabet[bytes[i] % Alphabet.Length];
            }

            return new string(id);
        }

        /// <summary>Whether <paramref name="batchId"/> can be written into a marker.</summary>
        /// <param name="batchId">The id.</param>
        /// <returns>Whether it is 1 to 16 lowercase letters or digits.</returns>
        public static bool IsValidBatchId(string? batchId) => batchId is not null && ValidBatchId.IsMatch(batchId);
    }
}
