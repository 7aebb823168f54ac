using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>A JSON array of the neutral tree.</summary>
    internal sealed class RuleArray : RuleValue
    {
        public RuleArray(object? origin = null)
            : base(RuleValueKind.Array, origin)
        {
        }

        public List<RuleValue> Items { get; } = new List<RuleValue>();

        /// <summary>
        /// Whether <see cref="Items"/> are all the items, each at its real index. False when an
        /// analyzer saw items added conditionally or by code it could not follow: rules that
        /// compare items with each other (duplicate ids, shared layers) then stay silent, and
        /// paths show the index as <c>[?]</c>.
        /// </summary>
        public bool IsComplete { get; set; } = true;

        /// <summary>
        /// Whether code may still add items (an analyzer read a collection initializer; the list
        /// lives on). Items seen keep their indexes, but a count that is too small may still grow.
        /// </summary>
        public bool MayGrow { get; set; }

        public RuleArray Add(RuleValue item)
        {
            Items.Add(item);
            return this;
        }
    }
}
