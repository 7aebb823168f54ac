using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace AiStudios.Batch.Orleans.Storage
{
    /// <summary>
    /// Grain storage in one SQLite file, for silos that share a disk: several silos in one process (the test cluster),
    /// or several silo processes on one host. Unlike Orleans' memory storage, whose state lives in grains and dies with
    /// the silo that holds them, every write here is on disk before it returns, so a stopped or killed silo loses nothing.
    /// Writes are ETag-checked: a write carrying a stale ETag (a second activation of the same grain) throws
    /// <see cref="InconsistentStateException"/> and changes nothing. Silos on different hosts need Redis (or ADO.NET).
    /// </summary>
    public sealed class SqliteGrainStorage : IGrainStorage, IDisposable
    {
        private readonly string _connectionString;
        private readonly IGrainStorageSerializer _serializer;
        private readonly SemaphoreSlim _schema = new SemaphoreSlim(1, 1);
        private bool _ready;

        /// <summary>Creates the storage over <paramref name="path"/> (created when missing).</summary>
        /// <param name="path">The database file.</param>
        /// <param name="serializer">How states become bytes (the silo's grain storage serializer).</param>
        public SqliteGrainStorage(string path, IGrainStorageSerializer serializer)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("The SQLite grain storage needs a file path (AiStudios:Fleet:SqlitePath).", nameof(path));
            }

            _serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
            Path = System.IO.Path.GetFullPath(path);
            _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 30 }.ToString();
        }

        /// <summary>The database file.</summary>
        public string Path { get; }

        /// <inheritdoc />
        public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await using SqliteConnection connection = await OpenAsync().ConfigureAwait(false);
            await using SqliteCommand read = connection.CreateCommand();
            read.CommandText = "SELECT etag, data FROM grain_state WHERE grain_id = $id AND state_name = $state";
            read.Parameters.AddWithValue("$id", grainId.ToString());
            read.Parameters.AddWithValue("$state", stateName);
            await using SqliteDataReader row = await read.ExecuteReaderAsync().ConfigureAwait(false);
            if (!await row.ReadAsync().ConfigureAwait(false))
            {
                grainState.State = Activator.CreateInstance<T>();
                grainState.ETag = null;
                grainState.RecordExists = false;
                return;
            }

            long etag = row.GetInt64(0);
            byte[] data = (byte[])row.GetValue(1);
            try
            {
                grainState.State = _serializer.Deserialize<T>(new BinaryData(data));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InvalidDataException($"The stored state '{stateName}' of grain {grainId} in {Path} cannot be read as {typeof(T).Name}: {e.Message}", e);
            }

            grainState.ETag = etag.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        /// <inheritdoc />
        public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            byte[] data = _serializer.Serialize(grainState.State).ToArray();
            await using SqliteConnection connection = await OpenAsync().ConfigureAwait(false);
            await using SqliteCommand write = connection.CreateCommand();
            string id = grainId.ToString();
            write.Parameters.AddWithValue("$id", id);
            write.Parameters.AddWithValue("$state", stateName);
            write.Parameters.AddWithValue("$data", data);
            long next;
            if (grainState.ETag is null)
            {
                // A first write: it must find no row (another activation that wrote first owns the grain).
                next = 1;
                write.CommandText = "INSERT INTO grain_state (grain_id, state_name, etag, data) VALUES ($id, $state, 1, $data) ON CONFLICT DO NOTHING";
            }
            else
            {
                long current = long.Parse(grainState.ETag, NumberStyles.None, CultureInfo.InvariantCulture);
                next = current + 1;
                write.CommandText = "UPDATE grain_state SET etag = $next, data = $data WHERE grain_id = $id AND state_name = $state AND etag = $etag";
                write.Parameters.AddWithValue("$etag", current);
                write.Parameters.AddWithValue("$next", next);
            }

            if (await write.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
            {
                throw new InconsistentStateException(
                    $"The state '{stateName}' of grain {id} was written by another activation (this one holds ETag {grainState.ETag ?? "none"}).",
                    "(newer)",
                    grainState.ETag ?? "none");
            }

            grainState.ETag = next.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        /// <inheritdoc />
        public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            await using SqliteConnection connection = await OpenAsync().ConfigureAwait(false);
            await using SqliteCommand delete = connection.CreateCommand();
            delete.CommandText = grainState.ETag is null
                ? "DELETE FROM grain_state WHERE grain_id = $id AND state_name = $state"
                : "DELETE FROM grain_state WHERE grain_id = $id AND state_name = $state AND etag = $etag";
            delete.Parameters.AddWithValue("$id", grainId.ToString());
            delete.Parameters.AddWithValue("$state", stateName);
            if (grainState.ETag is not null)
            {
                delete.Parameters.AddWithValue("$etag", long.Parse(grainState.ETag, NumberStyles.None, CultureInfo.InvariantCulture));
                if (await delete.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
                {
                    throw new InconsistentStateException($"The state '{stateName}' of grain {grainId} was written by another activation.", "(newer)", grainState.ETag);
                }
            }
            else
            {
                await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        /// <inheritdoc />
        public void Dispose() => _schema.Dispose();

        private async Task<SqliteConnection> OpenAsync()
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                await connection.OpenAsync().ConfigureAwait(false);
                await using (SqliteCommand pragma = connection.CreateCommand())
                {
                    // WAL: readers never wait for the writer; NORMAL: a commit survives a killed process (not a power cut).
                    pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
                    await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                if (!_ready)
                {
                    await _schema.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        if (!_ready)
                        {
                            await using SqliteCommand create = connection.CreateCommand();
                            create.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS grain_state (grain_id TEXT NOT NULL, state_name TEXT NOT NULL, etag INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (grain_id, state_name)) WITHOUT ROWID;";
                            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
                            _ready = true;
                        }
                    }
                    finally
                    {
                        _schema.Release();
                    }
                }

                return connection;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }
}
