using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Testing.Tests.Infrastructure;

namespace AiStudios.Testing.Tests
{
    /// <summary>Tests running in parallel: their own files never interfere, one file claimed twice is an error.</summary>
    public sealed class ConcurrencyTests
    {
        [Fact]
        public void Parallel_tests_writing_different_snapshots_in_one_folder_do_not_interfere()
        {
            using var folder = new TempFolder();
            int[] cases = Enumerable.Range(0, 32).ToArray();
            SnapshotEnvironment firstRun = Runs.Local(), acceptingRun = Runs.Accepting(), laterRun = Runs.Local();
            Exception?[] VerifyAll(SnapshotEnvironment run) => Task.WhenAll(cases.Select(i => Task.Run(() =>
            {
                try
                {
                    AiStudiosSnapshot.Verify(Videos.Intro(titleLeft: i), new SnapshotSettings { Environment = run, Suffix = "case" + i }, folder.TestFile, "Parallel");
                    return null;
                }
                catch (Exception e)
                {
                    return e;
                }
            }))).GetAwaiter().GetResult();

            Assert.All(VerifyAll(firstRun), e => Assert.IsType<SnapshotMismatchException>(e));
            Assert.Equal(32, Directory.GetFiles(folder.Path, "*.received.json").Length);
            Assert.All(VerifyAll(acceptingRun), Assert.Null);
            Assert.All(VerifyAll(laterRun), Assert.Null);

            foreach (int i in cases)
            {
                Assert.Equal(AiStudiosSnapshot.ToSnapshotText(Videos.Intro(titleLeft: i)), File.ReadAllText(folder.File($"VideoTests.Parallel.case{i}.verified.json")));
            }

            Assert.Equal(32, Directory.GetFiles(folder.Path).Length);   // no received or temporary file left behind
        }

        [Fact]
        public async Task Two_runs_writing_one_file_at_once_never_leave_half_a_snapshot()
        {
            // Two test processes (a test project built for net8.0 and net10.0) share the snapshot files.
            using var folder = new TempFolder();
            string received = folder.File("VideoTests.Shared.received.json");
            string[] texts = { AiStudiosSnapshot.ToSnapshotText(Videos.Intro(titleLeft: 1)), AiStudiosSnapshot.ToSnapshotText(Videos.Intro(titleLeft: 2)) };
            using var stop = new CancellationTokenSource();
            using var readerStarted = new ManualResetEventSlim();
            int reads = 0;

            Task reader = Task.Factory.StartNew(() =>
            {
                readerStarted.Set();
                while (!stop.IsCancellationRequested)
                {
                    string? seen = null;
                    try
                    {
                        seen = File.ReadAllText(received);
                    }
                    catch (IOException)
                    {
                        // Not there yet (or replaced between open and read on some systems).
                    }

                    if (seen is not null)
                    {
                        Assert.Contains(seen, texts);
                        reads++;
                    }
                }
            }, TaskCreationOptions.LongRunning);
            readerStarted.Wait();
            Task[] writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
            {
                for (int i = 0; i < 150; i++)
                {
                    // Each attempt is its own run, as separate processes are; each fails and writes its received file.
                    Assert.Throws<SnapshotMismatchException>(() => AiStudiosSnapshot.Verify(
                        Videos.Intro(titleLeft: w + 1), new SnapshotSettings { Environment = Runs.Local() }, folder.TestFile, "Shared"));
                }
            })).ToArray();

            await Task.WhenAll(writers);
            stop.Cancel();
            await reader;

            Assert.True(reads > 0);
            Assert.Contains(File.ReadAllText(received), texts);
            Assert.Single(Directory.GetFiles(folder.Path));
        }

        [Fact]
        public void The_same_snapshot_verified_twice_in_one_run_is_a_clear_error()
        {
            using var folder = new TempFolder();
            SnapshotEnvironment run = Runs.Accepting();
            AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = run }, folder.TestFile, "Twice");

            var error = Assert.Throws<InvalidOperationException>(() =>
                AiStudiosSnapshot.Verify(Videos.Intro(titleLeft: 5), new SnapshotSettings { Environment = run }, folder.TestFile, "Twice"));

            Assert.Contains("The snapshot VideoTests.Twice.verified.json was already verified in this run (by VideoTests.cs, Twice); now VideoTests.cs, Twice uses it too.", error.Message);
            Assert.Contains("SnapshotSettings.Suffix", error.Message);
            Assert.Contains("\"left\": 80,", File.ReadAllText(folder.File("VideoTests.Twice.verified.json")));
        }

        [Fact]
        public void Of_many_parallel_calls_on_one_snapshot_exactly_one_gets_it()
        {
            using var folder = new TempFolder();
            SnapshotEnvironment run = Runs.Accepting();
            int claimed = 0, refused = 0;

            Parallel.For(0, 16, i =>
            {
                try
                {
                    AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = run }, folder.TestFile, "Theory");
                    Interlocked.Increment(ref claimed);
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Increment(ref refused);
                }
            });

            Assert.Equal((1, 15), (claimed, refused));
        }

        [Fact]
        public void Suffixes_tell_the_rows_of_a_theory_apart()
        {
            using var folder = new TempFolder();
            SnapshotEnvironment run = Runs.Accepting();

            foreach (string row in new[] { "landscape", "portrait" })
            {
                AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = run, Suffix = row }, folder.TestFile, "Theory");
            }

            Assert.Equal(2, Directory.GetFiles(folder.Path, "*.verified.json").Length);
        }
    }
}
