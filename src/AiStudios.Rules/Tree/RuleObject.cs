using System;
using System.Collections.Generic;

namespace AiStudios.Validation.Rules
{
    /// <summary>What it means that an object of the tree has no entry for a property.</summary>
    internal enum AbsentMeans
    {
        /// <summary>The payload lacks it: a required property is missing (run time).</summary>
        Missing,

        /// <summary>
        /// Code never set it, so the builder's starting value applies (the analyzers, on builder
        /// calls they fully understood): nothing is missing, and for example a scene without a
        /// <c>Script(...)</c> call really has no speech.
        /// </summary>
        Unset,

        /// <summary>Code elsewhere may still set it (the analyzers, on object initializers): no conclusion.</summary>
        Unknown,
    }

    /// <summary>A JSON object of the neutral tree: properties by wire name, in the order they were set.</summary>
    internal sealed class RuleObject : RuleValue
    {
        private readonly List<KeyValuePair<string, RuleValue>> _members;

        public RuleObject(object? origin = null, AbsentMeans absent = AbsentMeans.Missing, int capacity = 4)
            : base(RuleValueKind.Object, origin)
        {
            Absent = absent;
            _members = new List<KeyValuePair<string, RuleValue>>(capacity);
        }

        public AbsentMeans Absent { get; set; }

        /// <summary>
        /// Code the analyzers could not follow may have changed this object (a builder passed to a
        /// helper, a call they do not know). Property values seen are still checked one by one,
        /// but rules that judge the object as a whole (its drawn box, its speech) stay silent.
        /// </summary>
        public bool IsOpen { get; set; }

        public IReadOnlyList<KeyValuePair<string, RuleValue>> Members => _members;

        public RuleValue? this[string name]
        {
            get
            {
                foreach (KeyValuePair<string, RuleValue> member in _members)
                {
                    if (string.Equals(member.Key, name, StringComparison.Ordinal))
                    {
                        return member.Value;
                    }
                }

                return null;
            }
        }

        /// <summary>Sets a property; a later value replaces an earlier one, as a later builder call does.</summary>
        public RuleObject Set(string name, RuleValue value)
        {
            for (int i = 0; i < _members.Count; i++)
            {
                if (string.Equals(_members[i].Key, name, StringComparison.Ordinal))
                {
                    _members[i] = new KeyValuePair<string, RuleValue>(name, value);
                    return this;
                }
            }

            _members.Add(new KeyValuePair<string, RuleValue>(name, value));
            return this;
        }

        /// <summary>Removes a property: a builder call or initializer that sets it to null leaves it out of the payload.</summary>
        public RuleObject Remove(string name)
        {
            _members.RemoveAll(member => string.Equals(member.Key, name, StringComparison.Ordinal));
            return this;
        }

        public bool Has(string name) => this[name] is not null;

        public RuleObject? Object(string name) => this[name] as RuleObject;

        public RuleArray? Array(string name) => this[name] as RuleArray;

        /// <summary>The string at <paramref name="name"/>, or null when absent or not a string.</summary>
        public string? String(string name) => this[name] is { Kind: RuleValueKind.String } value ? value.Text : null;

        /// <summary>The number at <paramref name="name"/>, or null when absent or not a number.</summary>
        public double? NumberAt(string name) => this[name] is { Kind: RuleValueKind.Number } value ? value.Number : null;
    }
}
