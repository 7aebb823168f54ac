using System.Collections.Generic;

namespace AiStudios.Emulator;

/// <summary>
/// Projects created by <c>POST /editor/project</c>, counted by name: how many, how many distinct names, and the
/// names created more than once (a batch's correlation marker makes each of its names unique, so a duplicate name is
/// a duplicate render). Read with <see cref="EmulatorState.CreateCounts"/> or <c>GET /emulator/admin/counts</c>.
/// </summary>
/// <param name="Contains">The text the names were filtered by ("" for all).</param>
/// <param name="ProjectsCreated">Projects created with a matching name (deleted ones included).</param>
/// <param name="DistinctNames">Distinct matching names.</param>
/// <param name="DuplicateNames">Names created more than once.</param>
/// <param name="ExtraCreates">Creates beyond the first of each name (0 when nothing was created twice).</param>
/// <param name="Duplicates">The duplicated names (the first ones, by name) with their counts and up to five project ids.</param>
/// <param name="Untracked">Creates not counted by name because the counter holds its maximum of distinct names.</param>
public sealed record CreateCounts(string Contains, int ProjectsCreated, int DistinctNames, int DuplicateNames, int ExtraCreates, IReadOnlyList<DuplicateName> Duplicates, int Untracked);

/// <summary>A project name created more than once.</summary>
/// <param name="Name">The name.</param>
/// <param name="Count">How many projects got it.</param>
/// <param name="ProjectIds">The first five of them.</param>
public sealed record DuplicateName(string Name, int Count, IReadOnlyList<string> ProjectIds);
