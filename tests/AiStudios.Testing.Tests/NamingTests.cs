using System;
using System.IO;
using AiStudios.Testing.Tests.Infrastructure;

namespace AiStudios.Testing.Tests
{
    /// <summary>{TestFileName}.{TestMethodName}[.{Suffix}].verified.json, in the test's folder or the one set.</summary>
    public sealed class NamingTests
    {
        [Fact]
        public void The_calling_test_file_and_method_name_the_snapshot()
        {
            using var folder = new TempFolder();

            // No caller arguments: the compiler fills them in (this file, this method); the folder is moved out of the repository.
            AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = Runs.Accepting(), Folder = folder.Path });

            Assert.True(File.Exists(folder.File("NamingTests.The_calling_test_file_and_method_name_the_snapshot.verified.json")));
        }

        [Fact]
        public void A_suffix_goes_between_the_method_and_verified()
        {
            using var folder = new TempFolder();

            AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = Runs.Accepting(), Suffix = "portrait" }, folder.TestFile, "Intro");

            Assert.True(File.Exists(folder.File("VideoTests.Intro.portrait.verified.json")));
        }

        [Fact]
        public void A_relative_folder_is_below_the_test_files_folder()
        {
            using var folder = new TempFolder();

            AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = Runs.Accepting(), Folder = "Snapshots" }, folder.TestFile, "Intro");

            Assert.True(File.Exists(Path.Combine(folder.Path, "Snapshots", "VideoTests.Intro.verified.json")));
        }

        [Theory]
        [InlineData("")]
        [InlineData("a/b")]
        [InlineData("a\\b")]
        [InlineData("what?")]
        public void A_suffix_a_file_name_cannot_hold_is_refused(string suffix)
        {
            Assert.Throws<ArgumentException>(() => new SnapshotSettings { Suffix = suffix });
        }

        [Fact]
        public void A_mapped_source_path_is_a_clear_error_not_a_file_in_a_strange_place()
        {
            var error = Assert.Throws<InvalidOperationException>(() =>
                AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = Runs.Local() }, "/_/tests/VideoTests.cs", "Intro"));

            Assert.Contains("'/_/tests', does not exist on this machine", error.Message);
            Assert.Contains("ContinuousIntegrationBuild", error.Message);
            Assert.Contains("SnapshotSettings.Folder", error.Message);
        }

        [Fact]
        public void An_absolute_folder_works_even_when_the_source_path_was_mapped()
        {
            using var folder = new TempFolder();

            AiStudiosSnapshot.Verify(Videos.Intro(), new SnapshotSettings { Environment = Runs.Accepting(), Folder = folder.Path }, "/_/tests/VideoTests.cs", "Intro");

            Assert.True(File.Exists(folder.File("VideoTests.Intro.verified.json")));
        }
    }
}
