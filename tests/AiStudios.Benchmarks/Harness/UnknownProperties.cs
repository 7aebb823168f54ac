using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace AiStudios.Benchmarks.Harness
{
    /// <summary>
    /// Counts the entries of every AdditionalProperties bag in an object graph (generated model or
    /// plain classes alike), by reflection: it runs once, in the equivalence check, never timed.
    /// </summary>
    internal static class UnknownProperties
    {
        public static int Count(object? value)
        {
            switch (value)
            {
                case null:
                case string:
                    return 0;
                case IEnumerable items when value is not IDictionary:
                    int sum = 0;
                    foreach (object? item in items)
                    {
                        sum += Count(item);
                    }

                    return sum;
            }

            Type type = value.GetType();
            if (type.Namespace is not ("AiStudios" or "AiStudios.Benchmarks.Plain") || !type.IsClass)
            {
                return 0;
            }

            int count = 0;
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                object? child = property.GetValue(value);
                count += property.Name == "AdditionalProperties"
                    ? (child as ICollection)?.Count ?? (child as ICollection<KeyValuePair<string, System.Text.Json.JsonElement>>)?.Count ?? 0
                    : Count(child);
            }

            return count;
        }
    }
}
