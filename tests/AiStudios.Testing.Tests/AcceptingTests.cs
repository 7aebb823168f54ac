using System.IO;
using System.Threading.Tasks;
using AiStudios.Testing.Tests.Infrastructure;

namespace AiStudios.Testing.Tests
{
    /// <summary>The life of a snapshot: first run, accepting, later runs, a change, and a build server.</summary>
    public sealed class AcceptingTests
    {
        private const string Verified = "VideoTests.Intro_video.verified.json";
        private const string Received = "VideoTests.Intro_video.received.json";

        private static void Verify(TempFolder folder, Project project, SnapshotSettings settings) =>
            AiStudiosSnapshot.Verify(project, settings, folder.TestFile, "Intro_video");

        [Fact]
        public void First_run_fails_and_writes_the_received_file_only()
        {
            using var folder = new TempFolder();

            var error = Assert.Throws<SnapshotMismatchException>(() => Verify(folder, Videos.Intro(), Runs.Settings(Runs.Local())));

            Assert.True(File.Exists(folder.File(Received)));
            Assert.False(File.Exists(folder.File(Verified)));
            Assert.False(error.VerifiedFileExists);
            Assert.Equal(folder.File(Received), error.ReceivedFilePath);
            Assert.StartsWith("No verified snapshot " + Verified + " yet.", error.Message);
            Assert.Contains(folder.File(Received) + " (written by this run)", error.Message);
            Assert.Contains("AISTUDIOS_ACCEPT=1", error.Message);
            Assert.DoesNotContain("build server", error.Message);
            Assert.Equal(AiStudiosSnapshot.ToSnapshotText(Videos.Intro()), File.ReadAllText(folder.File(Received)));
        }

        [Fact]
        public void AISTUDIOS_ACCEPT_passes_writes_the_verified_file_and_removes_the_received_one()
        {
            using var folder = new TempFolder();
            Assert.Throws<SnapshotMismatchException>(() => Verify(folder, Videos.Intro(), Runs.Settings(Runs.Local())));

            Verify(folder, Videos.Intro(), Runs.Settings(Runs.Accepting()));

            Assert.Equal(AiStudiosSnapshot.ToSnapshotText(Videos.Intro()), File.ReadAllText(folder.File(Verified)));
            Assert.False(File.Exists(folder.File(Received)));
        }

        [Fact]
        public void The_settings_flag_accepts_like_the_variable()
        {
            using var folder = new TempFolder();

            Verify(folder, Videos.Intro(), new SnapshotSettings { Environment = Runs.Local(), AcceptChanges = true });

            Assert.True(File.Exists(folder.File(Verified)));
        }

        [Theory]
        [InlineData("1", true)]
        [InlineData("true", true)]
        [InlineData("TRUE", true)]
        [InlineData("yes", true)]
        [InlineData("0", false)]
        [InlineData("false", false)]
        [InlineData("", false)]
        [InlineData("please", false)]
        public void Only_a_yes_in_AISTUDIOS_ACCEPT_accepts(string value, bool accepts)
        {
            Assert.Equal(accepts, Runs.With(("AISTUDIOS_ACCEPT", value)).AcceptRequested);
        }

        [Fact]
        public void A_later_run_with_the_same_payload_passes_and_writes_nothing()
        {
            using var folder = new TempFolder();
            Verify(folder, Videos.Intro(), Runs.Settings(Runs.Accepting()));
            byte[] before = File.ReadAllBytes(folder.File(Verified));

            Verify(folder, Videos.Intro(), Runs.Settings(Runs.Local()));

            Assert.Equal(before, File.ReadAllBytes(folder.File(Verified)));
            Assert.Equal(new[] { folder.File(Verified) }, Directory.GetFiles(folder.Path));
        }

        [Fact]
        public void A_passing_run_removes_a_stale_received_file()
        {
            using var folder = new TempFolder();
            Verify(folder, Videos.Intro(), Runs.Settings(Runs.Accepting()));
            File.WriteAllText(folder.File(Received), "{}\n");

            Verify(folder, Videos.Intro(), Runs.Settings(Runs.Local()));

            Assert.False(File.Exists(folder.File(Received)));
        }

        [Fact]
        public void Changing_one_clips_left_fails_naming_the_path_and_both_values()
        {
            using var folder = new TempFolder();
            Verify(folder, Videos.Intro(titleLeft: 80), Runs.Settings(Runs.Accepting()));
            string verifiedBefore = File.ReadAllText(folder.File(Verified));

            var error = Assert.Throws<SnapshotMismatchException>(() => Verify(folder, Videos.Intro(titleLeft: 95.5), Runs.Settings(Runs.Local())));

            Assert.StartsWith("Snapshot " + Verified + " does not match: 1 value differs.", error.Message);
            Assert.Contains("$.scenes[0].clips[1].left\n  verified: 80\n  received: 95.5\n", error.Message);
            Assert.Contains("Changed lines (- verified, + received):\n  @@ verified line 123, received line 123 @@\n", error.Message);
            Assert.Contains("\n  -           \"left\": 80,\n  +           \"left\": 95.5,\n", error.Message);
            Assert.Contains("AISTUDIOS_ACCEPT=1", error.Message);
            Assert.Equal(1, error.DifferenceCount);
            Assert.Equal(verifiedBefore, File.ReadAllText(folder.File(Verified)));
            Assert.Equal(AiStudiosSnapshot.ToSnapshotText(Videos.Intro(titleLeft: 95.5)), File.ReadAllText(folder.File(Received)));
        }

        [Fact]
        public void Accepting_a_change_overwrites_the_verified_file()
        {
            using var folder = new TempFolder();
            Verify(folder, Videos.Intro(titleLeft: 80), Runs.Settings(Runs.Accepting()));
            Assert.Throws<SnapshotMismatchException>(() => Verify(folder, Videos.Intro(titleLeft: 95.5), Runs.Settings(Runs.Local())));

            Verify(folder, Videos.Intro(titleLeft: 95.5), Runs.Settings(Runs.Accepting()));

            Assert.Contains("\"left\": 95.5,", File.ReadAllText(folder.File(Verified)));
            Assert.False(File.Exists(folder.File(Received)));
        }

        [Fact]
        public void On_CI_a_missing_verified_file_fails_without_writing_one_even_when_accepting_is_asked()
        {
            using var folder = new TempFolder();
            var settings = new SnapshotSettings { Environment = Runs.With(("CI", "true"), ("AISTUDIOS_ACCEPT", "1")), AcceptChanges = true };

            var error = Assert.Throws<SnapshotMismatchException>(() => Verify(folder, Videos.Intro(), settings));

            Assert.False(File.Exists(folder.File(Verified)));
            Assert.Contains("This is a build server (CI=true): snapshots are never accepted here", error.Message);
        }

        [Fact]
        public void On_CI_a_changed_payload_fails_and_leaves_the_verified_file_alone()
        {
            using var folder = new TempFolder();
            Verify(folder, Videos.Intro(titleLeft: 80), Runs.Settings(Runs.Accepting()));
            byte[] before = File.ReadAllBytes(folder.File(Verified));

            var error = Assert.Throws<SnapshotMismatchException>(() =>
                Verify(folder, Videos.Intro(titleLeft: 81), Runs.Settings(Runs.With(("GITHUB_ACTIONS", "true"), ("AISTUDIOS_ACCEPT", "1")))));

            Assert.Equal(before, File.ReadAllBytes(folder.File(Verified)));
            Assert.Contains("build server (GITHUB_ACTIONS=true)", error.Message);
        }

        [Fact]
        public void Every_listed_build_server_variable_is_a_build_server_and_CI_false_is_not()
        {
            foreach (string name in SnapshotEnvironment.ContinuousIntegrationVariableNames)
            {
                SnapshotEnvironment run = Runs.With((name, "x1"));
                Assert.True(run.IsContinuousIntegration, name);
                Assert.Equal(name + "=x1", run.ContinuousIntegrationMarker);
            }

            Assert.False(Runs.With(("CI", "false")).IsContinuousIntegration);
            Assert.False(Runs.With(("CI", "0")).IsContinuousIntegration);
            Assert.False(Runs.With(("CI", "")).IsContinuousIntegration);
            Assert.False(Runs.Local().IsContinuousIntegration);
            Assert.True(Runs.With(("tf_build", "True")).IsContinuousIntegration);
            Assert.Contains("TF_BUILD", SnapshotEnvironment.ContinuousIntegrationVariableNames);
            Assert.Contains("TEAMCITY_VERSION", SnapshotEnvironment.ContinuousIntegrationVariableNames);
            Assert.Contains("JENKINS_URL", SnapshotEnvironment.ContinuousIntegrationVariableNames);
        }

        [Fact]
        public void A_long_build_server_value_is_cut_in_the_message()
        {
            Assert.Equal("JENKINS_URL=https://jenkins.internal...", Runs.With(("JENKINS_URL", "https://jenkins.internal.example.com/job/42")).ContinuousIntegrationMarker);
        }

        [Fact]
        public void A_verified_file_checked_out_with_CRLF_and_a_byte_order_mark_still_matches()
        {
            using var folder = new TempFolder();
            string text = AiStudiosSnapshot.ToSnapshotText(Videos.Intro());
            File.WriteAllText(folder.File(Verified), "\uFEFF" + text.Replace("\n", "\r\n"));

            Verify(folder, Videos.Intro(), Runs.Settings(Runs.Local()));
        }

        [Fact]
        public async Task VerifyAsync_follows_the_same_life()
        {
            using var folder = new TempFolder();
            Task First() => AiStudiosSnapshot.VerifyAsync(Videos.Intro(), Runs.Settings(Runs.Local()), default, folder.TestFile, "Intro_video");

            await Assert.ThrowsAsync<SnapshotMismatchException>(First);
            Assert.True(File.Exists(folder.File(Received)));
            await AiStudiosSnapshot.VerifyAsync(Videos.Intro(), Runs.Settings(Runs.Accepting()), default, folder.TestFile, "Intro_video");
            Assert.True(File.Exists(folder.File(Verified)));
            Assert.False(File.Exists(folder.File(Received)));
            await AiStudiosSnapshot.VerifyAsync(Videos.Intro(), Runs.Settings(Runs.Local()), default, folder.TestFile, "Intro_video");
            var error = await Assert.ThrowsAsync<SnapshotMismatchException>(() =>
                AiStudiosSnapshot.VerifyAsync(Videos.Intro(titleLeft: 7), Runs.Settings(Runs.Local()), default, folder.TestFile, "Intro_video"));
            Assert.Contains("$.scenes[0].clips[1].left", error.Message);
        }
    }
}
