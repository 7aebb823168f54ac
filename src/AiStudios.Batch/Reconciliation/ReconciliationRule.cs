using System;
using System.Collections.Generic;
using System.Globalization;
using AiStudios.Batch.Ledger;

namespace AiStudios.Batch.Reconciliation
{
    /// <summary>What reconciliation concluded about an item whose create has no recorded answer.</summary>
    public enum ReconciliationVerdict
    {
        /// <summary>Its project is listed under its marker: the create reached the service. Record it as sent.</summary>
        Found,

        /// <summary>Not listed, and nothing proves it never will be: the outcome is unknown; never sent again by itself.</summary>
        Unknown,

        /// <summary>Not listed yet, and the opt-in window has not passed: look again at <see cref="ReconciliationDecision.RecheckAt"/>.</summary>
        WaitForWindow,

        /// <summary>Not listed by a listing taken after the opt-in window: treated as never received, so it may be sent again.</summary>
        NotReceived,
    }

    /// <summary>The verdict, the project found and how many more carried the item's marker.</summary>
    /// <param name="Verdict">What to do.</param>
    /// <param name="ProjectId">The project found (the earliest attempt's), with <see cref="ReconciliationVerdict.Found"/>.</param>
    /// <param name="Duplicates">Further projects listed with the item's marker (duplicates made outside the rule, e.g. by hand).</param>
    /// <param name="RecheckAt">With <see cref="ReconciliationVerdict.WaitForWindow"/>: when a listing can decide.</param>
    /// <param name="Reason">Why, for the ledger and the results.</param>
    public readonly record struct ReconciliationDecision(ReconciliationVerdict Verdict, string? ProjectId, int Duplicates, DateTimeOffset? RecheckAt, string Reason);

    /// <summary>
    /// The reconciliation rule, in one place for every worker: an item left in <c>Sending</c> (or found
    /// <c>OutcomeUnknown</c> before) is looked up by its correlation marker in a listing of the projects before it is
    /// ever sent again. Found: it was created. Not found: its outcome stays unknown and it is <b>not</b> resent; unless
    /// the caller opted into <c>resendAbsentAfter</c>, and the listing was taken at least that long after the create
    /// started, in which case the absence counts as proof that it never arrived.
    /// </summary>
    /// <remarks>
    /// The opt-in is only honest where the listing shows every project the create could have made, as the emulator's
    /// does. <c>GET /editor/project</c> on the real service documents no paging and lists "exported projects": a
    /// project beyond an undocumented page limit would look absent and be rendered twice. The window must be longer
    /// than any create request can take (the client's timeout per try, times its tries, plus the retry delays), so that
    /// a request still on its way cannot land after the listing.
    /// </remarks>
    public static class ReconciliationRule
    {
        /// <summary>Decides about one item.</summary>
        /// <param name="item">The item, in <c>Sending</c> or <c>OutcomeUnknown</c>.</param>
        /// <param name="listed">The projects listed under the item's marker (any attempt), earliest attempt first.</param>
        /// <param name="listedAt">When the listing was requested (it shows at least what existed then).</param>
        /// <param name="resendAbsentAfter">The opt-in window; null (the default) never treats an absence as proof.</param>
        /// <returns>The decision.</returns>
        public static ReconciliationDecision Decide(BatchItem item, IReadOnlyList<string> listed, DateTimeOffset listedAt, TimeSpan? resendAbsentAfter)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            if (item.State is not (BatchItemState.Sending or BatchItemState.OutcomeUnknown))
            {
                throw new InvalidOperationException($"Item {item.Number} is {item.State}; only Sending or OutcomeUnknown items are reconciled.");
            }

            if (listed is { Count: > 0 })
            {
                return new ReconciliationDecision(
                    ReconciliationVerdict.Found,
                    listed[0],
                    listed.Count - 1,
                    null,
                    listed.Count == 1 ? "found by its marker" : string.Format(CultureInfo.InvariantCulture, "found by its marker ({0} more projects carry it)", listed.Count - 1));
            }

            string marker = item.Marker;
            if (resendAbsentAfter is not TimeSpan window)
            {
                return new ReconciliationDecision(
                    ReconciliationVerdict.Unknown,
                    null,
                    0,
                    null,
                    $"The create may have reached the service, and no project named with {marker} is listed; it was not sent again. Look for it in the web app; delete the item from the ledger only when sure it does not exist.");
            }

            DateTimeOffset since = item.SendingSince ?? DateTimeOffset.MinValue;
            DateTimeOffset decidable = since == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : since + window;
            if (listedAt < decidable)
            {
                return new ReconciliationDecision(ReconciliationVerdict.WaitForWindow, null, 0, decidable, $"{marker} is not listed yet; looking again once {Seconds(window)} have passed since it was sent");
            }

            return new ReconciliationDecision(
                ReconciliationVerdict.NotReceived,
                null,
                0,
                null,
                $"{marker} was absent from a complete listing taken {Seconds(listedAt - since)} after the create started (ResendAbsentAfter {Seconds(window)}): sent again");
        }

        private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
    }
}
