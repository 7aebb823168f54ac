using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AiStudios.Batch.Ledger
{
    /// <summary>
    /// The default ledger: one SQLite file (WAL journal, <c>synchronous = FULL</c>, so a commit is on disk when
    /// <see cref="SaveAsync"/> returns), for one batch or shared by several (each keyed by its batch id). One process
    /// at a time: a lock file beside it (<c>batch.db.lock</c>) refuses a second runner, which would send the same
    /// pending items.
    /// </summary>
    /// <remarks>
    /// Tables: <c>batches(id, fingerprint, source, item_count, created_at)</c>, <c>items(batch_id, number, key, state,
    /// project_id, progress, download_url, error, attempts, sending_since, updated_at)</c> and
    /// <c>payloads(batch_id, number, json)</c>; times in Unix milliseconds, states as their names. Readable with any
    /// SQLite tool: <c>sqlite3 batch.db "select state, count(*) from items group by state"</c>.
    /// </remarks>
    public sealed class SqliteBatchLedger : IBatchLedger
    {
        private const int SchemaVersion = 1;

        /// <summary>Saves written in one transaction at most.</summary>
        private const int MaxGroup = 512;

        private readonly SqliteConnection _connection;
        private readonly FileStream _lockFile;
        private readonly TimeProvider _time;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private readonly SqliteCommand _update;
        private readonly Channel<PendingSave> _saves = Channel.CreateUnbounded<PendingSave>(new UnboundedChannelOptions { SingleReader = true });
        private readonly Task _writer;
        private bool _disposed;
        private int _commits;

        private SqliteBatchLedger(SqliteConnection connection, FileStream lockFile, TimeProvider time, string path)
        {
            _connection = connection;
            _lockFile = lockFile;
            _time = time;
            Path = path;
            _update = connection.CreateCommand();
            _update.CommandText =
                "UPDATE items SET state = $state, project_id = $project, progress = $progress, download_url = $url, error = $error, "
                + "attempts = $attempts, sending_since = $since, updated_at = $updated WHERE batch_id = $batch AND number = $number";
            foreach (string name in new[] { "$state", "$project", "$progress", "$url", "$error", "$attempts", "$since", "$updated", "$batch", "$number" })
            {
                _update.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _writer = Task.Run(WriteLoopAsync);
        }

        /// <summary>The ledger file.</summary>
        public string Path { get; }

        /// <summary>Transactions that recorded item changes (several changes share one when they arrive together).</summary>
        public int Commits => Volatile.Read(ref _commits);

        /// <summary>Opens (or creates) the ledger file.</summary>
        /// <param name="path">The file, e.g. <c>batch.db</c>.</param>
        /// <param name="time">The clock; default: the system's.</param>
        /// <param name="cancellationToken">Stops opening.</param>
        /// <returns>The ledger; dispose it to close the file.</returns>
        /// <exception cref="BatchLedgerException">Another process has it open, or it is not a ledger.</exception>
        public static async Task<SqliteBatchLedger> OpenAsync(string path, TimeProvider? time = null, CancellationToken cancellationToken = default)
        {
            string full = System.IO.Path.GetFullPath(path ?? throw new ArgumentNullException(nameof(path)));
            FileStream lockFile;
            try
            {
                lockFile = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException e)
            {
                throw new BatchLedgerException($"The ledger {path} is in use by another process (its lock file {path}.lock is held). Two runners of one batch would send the same items; wait for the other to finish.", e);
            }

            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                Execute(connection, "PRAGMA journal_mode = WAL;");
                Execute(connection, "PRAGMA synchronous = FULL;");
                Execute(connection, "PRAGMA busy_timeout = 5000;");
                CreateSchema(connection, path);
                return new SqliteBatchLedger(connection, lockFile, time ?? TimeProvider.System, full);
            }
            catch (SqliteException e)
            {
                connection.Dispose();
                lockFile.Dispose();
                throw new BatchLedgerException($"The ledger {path} cannot be used: {e.Message}", e);
            }
            catch
            {
                connection.Dispose();
                lockFile.Dispose();
                throw;
            }
        }

        /// <inheritdoc />
        public async Task<LedgerBatch> OpenBatchAsync(BatchDefinition definition, CancellationToken cancellationToken = default)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(definition));
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ThrowIfDisposed();
                using (var find = _connection.CreateCommand())
                {
                    find.CommandText = definition.BatchId is null
                        ? "SELECT id, fingerprint, item_count, created_at FROM batches WHERE fingerprint = $key LIMIT 1"
                        : "SELECT id, fingerprint, item_count, created_at FROM batches WHERE id = $key";
                    find.Parameters.AddWithValue("$key", definition.BatchId ?? definition.Fingerprint);
                    using SqliteDataReader reader = find.ExecuteReader();
                    if (reader.Read())
                    {
                        string id = reader.GetString(0);
                        LedgerRules.CheckSameBatch(id, reader.GetString(1), definition);
                        return new LedgerBatch(id, true, reader.GetInt32(2), FromUnix(reader.GetInt64(3)));
                    }
                }

                int others = Convert.ToInt32(Scalar("SELECT count(*) FROM batches"), CultureInfo.InvariantCulture);
                LedgerRules.CheckNewBatch(definition, others);
                string batchId = definition.BatchId ?? Reconciliation.CorrelationMarker.NewBatchId();
                DateTimeOffset now = _time.GetUtcNow();
                using SqliteTransaction transaction = _connection.BeginTransaction();
                using (var batch = _connection.CreateCommand())
                {
                    batch.Transaction = transaction;
                    batch.CommandText = "INSERT INTO batches (id, fingerprint, source, item_count, created_at) VALUES ($id, $fingerprint, $source, $count, $created)";
                    batch.Parameters.AddWithValue("$id", batchId);
                    batch.Parameters.AddWithValue("$fingerprint", definition.Fingerprint);
                    batch.Parameters.AddWithValue("$source", definition.Source);
                    batch.Parameters.AddWithValue("$count", definition.Items.Count);
                    batch.Parameters.AddWithValue("$created", ToUnix(now));
                    batch.ExecuteNonQuery();
                }

                using (var insert = _connection.CreateCommand())
                using (var payload = _connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = "INSERT INTO items (batch_id, number, key, state, error, attempts, updated_at) VALUES ($batch, $number, $key, $state, $error, 0, $updated)";
                    var pNumber = insert.Parameters.Add("$number", SqliteType.Integer);
                    var pKey = insert.Parameters.Add("$key", SqliteType.Text);
                    var pState = insert.Parameters.Add("$state", SqliteType.Text);
                    var pError = insert.Parameters.Add("$error", SqliteType.Text);
                    insert.Parameters.AddWithValue("$batch", batchId);
                    insert.Parameters.AddWithValue("$updated", ToUnix(now));
                    payload.Transaction = transaction;
                    payload.CommandText = "INSERT INTO payloads (batch_id, number, json) VALUES ($batch, $number, $json)";
                    var qNumber = payload.Parameters.Add("$number", SqliteType.Integer);
                    var qJson = payload.Parameters.Add("$json", SqliteType.Blob);
                    payload.Parameters.AddWithValue("$batch", batchId);
                    var seeds = definition.Items.ToDictionary(s => s.Number);
                    foreach (BatchItem item in LedgerRules.NewItems(batchId, definition, now))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        pNumber.Value = item.Number;
                        pKey.Value = item.Key;
                        pState.Value = item.State.ToString();
                        pError.Value = (object?)item.Error ?? DBNull.Value;
                        insert.ExecuteNonQuery();
                        if (seeds[item.Number].Payload is { } json)
                        {
                            qNumber.Value = item.Number;
                            qJson.Value = json;
                            payload.ExecuteNonQuery();
                        }
                    }
                }

                transaction.Commit();
                return new LedgerBatch(batchId, false, definition.Items.Count, now);
            }
            catch (SqliteException e)
            {
                throw new BatchLedgerException($"The ledger {Path} could not store the batch: {e.Message}", e);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <inheritdoc />
        public async Task<IReadOnlyList<BatchItem>> GetItemsAsync(string batchId, IReadOnlyCollection<BatchItemState> states, long afterNumber, int limit, CancellationToken cancellationToken = default)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ThrowIfDisposed();
                using var command = _connection.CreateCommand();
                string names = string.Join(", ", states.Select((_, i) => "$s" + i.ToString(CultureInfo.InvariantCulture)));
                command.CommandText =
                    "SELECT number, key, state, project_id, progress, download_url, error, attempts, sending_since, updated_at FROM items "
                    + $"WHERE batch_id = $batch AND number > $after AND state IN ({names}) ORDER BY number LIMIT $limit";
                command.Parameters.AddWithValue("$batch", batchId);
                command.Parameters.AddWithValue("$after", afterNumber);
                command.Parameters.AddWithValue("$limit", limit);
                int index = 0;
                foreach (BatchItemState state in states)
                {
                    command.Parameters.AddWithValue("$s" + (index++).ToString(CultureInfo.InvariantCulture), state.ToString());
                }

                var items = new List<BatchItem>();
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    items.Add(new BatchItem
                    {
                        BatchId = batchId,
                        Number = reader.GetInt64(0),
                        Key = reader.GetString(1),
                        State = Enum.Parse<BatchItemState>(reader.GetString(2)),
                        ProjectId = reader.IsDBNull(3) ? null : reader.GetString(3),
                        Progress = reader.IsDBNull(4) ? null : reader.GetDouble(4),
                        DownloadUrl = reader.IsDBNull(5) ? null : reader.GetString(5),
                        Error = reader.IsDBNull(6) ? null : reader.GetString(6),
                        Attempts = reader.GetInt32(7),
                        SendingSince = reader.IsDBNull(8) ? null : FromUnix(reader.GetInt64(8)),
                        UpdatedAt = FromUnix(reader.GetInt64(9)),
                    });
                }

                return items;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <inheritdoc />
        public async Task<byte[]> GetPayloadAsync(string batchId, long number, CancellationToken cancellationToken = default)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ThrowIfDisposed();
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT json FROM payloads WHERE batch_id = $batch AND number = $number";
                command.Parameters.AddWithValue("$batch", batchId);
                command.Parameters.AddWithValue("$number", number);
                return command.ExecuteScalar() as byte[]
                    ?? throw new BatchLedgerException($"Item {number} of batch {batchId} has no project in the ledger {Path}.");
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <inheritdoc />
        /// <remarks>
        /// Saves that arrive while a commit is on its way are written together in the next transaction (a group
        /// commit): each caller still waits until the commit holding its own change is on disk, but a hundred workers
        /// share one fsync instead of queueing for a hundred.
        /// </remarks>
        public Task SaveAsync(BatchItem item, CancellationToken cancellationToken = default)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(item));
            }

            var pending = new PendingSave(item);
            if (!_saves.Writer.TryWrite(pending))
            {
                throw new ObjectDisposedException(nameof(SqliteBatchLedger));
            }

            // Waiting may be cancelled; the write, once queued, is not (a torn "sending" is what the ledger prevents).
            return cancellationToken.CanBeCanceled ? pending.Done.Task.WaitAsync(cancellationToken) : pending.Done.Task;
        }

        private async Task WriteLoopAsync()
        {
            var group = new List<PendingSave>(MaxGroup);
            while (await _saves.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                group.Clear();
                while (group.Count < MaxGroup && _saves.Reader.TryRead(out PendingSave? next))
                {
                    group.Add(next);
                }

                await _gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    WriteGroup(group);
                }
                finally
                {
                    _gate.Release();
                }
            }
        }

        private void WriteGroup(List<PendingSave> group)
        {
            var missing = new List<PendingSave>();
            try
            {
                using SqliteTransaction transaction = _connection.BeginTransaction();
                _update.Transaction = transaction;
                foreach (PendingSave save in group)
                {
                    BatchItem item = save.Item;
                    var p = _update.Parameters;
                    p["$state"].Value = item.State.ToString();
                    p["$project"].Value = (object?)item.ProjectId ?? DBNull.Value;
                    p["$progress"].Value = (object?)item.Progress ?? DBNull.Value;
                    p["$url"].Value = (object?)item.DownloadUrl ?? DBNull.Value;
                    p["$error"].Value = (object?)item.Error ?? DBNull.Value;
                    p["$attempts"].Value = item.Attempts;
                    p["$since"].Value = item.SendingSince is { } since ? ToUnix(since) : DBNull.Value;
                    p["$updated"].Value = ToUnix(item.UpdatedAt);
                    p["$batch"].Value = item.BatchId;
                    p["$number"].Value = item.Number;
                    if (_update.ExecuteNonQuery() != 1)
                    {
                        missing.Add(save);
                    }
                }

                transaction.Commit();
                _update.Transaction = null;
                Interlocked.Increment(ref _commits);
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or ObjectDisposedException)
            {
                _update.Transaction = null;
                var failure = new BatchLedgerException($"The ledger {Path} could not record {group.Count} change(s): {e.Message}", e);
                foreach (PendingSave save in group)
                {
                    save.Done.TrySetException(failure);
                }

                return;
            }

            foreach (PendingSave save in group)
            {
                if (missing.Contains(save))
                {
                    save.Done.TrySetException(new BatchLedgerException($"Item {save.Item.Number} of batch {save.Item.BatchId} is not in the ledger {Path}."));
                }
                else
                {
                    save.Done.TrySetResult(true);
                }
            }
        }

        /// <inheritdoc />
        public async Task<IReadOnlyDictionary<BatchItemState, int>> CountAsync(string batchId, CancellationToken cancellationToken = default)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ThrowIfDisposed();
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT state, count(*) FROM items WHERE batch_id = $batch GROUP BY state";
                command.Parameters.AddWithValue("$batch", batchId);
                var counts = new Dictionary<BatchItemState, int>();
                using SqliteDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    counts[Enum.Parse<BatchItemState>(reader.GetString(0))] = reader.GetInt32(1);
                }

                return counts;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>Closes the file and releases the lock.</summary>
        /// <returns>A task.</returns>
        public async ValueTask DisposeAsync()
        {
            // Queued saves are written first: a caller that was told "saved" must find it on disk.
            _saves.Writer.TryComplete();
            await _writer.ConfigureAwait(false);
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                _update.Dispose();
                _connection.Dispose();
                _lockFile.Dispose();
            }
            finally
            {
                _gate.Release();
            }
        }

        private sealed class PendingSave
        {
            public PendingSave(BatchItem item)
            {
                Item = item;
            }

            public BatchItem Item { get; }

            public TaskCompletionSource<bool> Done { get; } = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        private static void CreateSchema(SqliteConnection connection, string path)
        {
            Execute(connection, "CREATE TABLE IF NOT EXISTS ledger_info (version INTEGER NOT NULL)");
            object? version;
            using (var read = new SqliteCommand("SELECT version FROM ledger_info LIMIT 1", connection))
            {
                version = read.ExecuteScalar();
            }
            if (version is null)
            {
                Execute(connection, "INSERT INTO ledger_info (version) VALUES (" + SchemaVersion.ToString(CultureInfo.InvariantCulture) + ")");
            }
            else if (Convert.ToInt32(version, CultureInfo.InvariantCulture) != SchemaVersion)
            {
                throw new BatchLedgerException($"The ledger {path} has schema version {version}; this version of AiStudios.Batch reads version {SchemaVersion}.");
            }

            Execute(connection, "CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, source TEXT NOT NULL, item_count INTEGER NOT NULL, created_at INTEGER NOT NULL)");
            Execute(connection, "CREATE INDEX IF NOT EXISTS batches_fingerprint ON batches (fingerprint)");
            Execute(connection,
                "CREATE TABLE IF NOT EXISTS items (batch_id TEXT NOT NULL, number INTEGER NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL, "
                + "project_id TEXT, progress REAL, download_url TEXT, error TEXT, attempts INTEGER NOT NULL, sending_since INTEGER, updated_at INTEGER NOT NULL, "
                + "PRIMARY KEY (batch_id, number)) WITHOUT ROWID");
            Execute(connection, "CREATE INDEX IF NOT EXISTS items_state ON items (batch_id, state, number)");
            Execute(connection, "CREATE TABLE IF NOT EXISTS payloads (batch_id TEXT NOT NULL, number INTEGER NOT NULL, json BLOB NOT NULL, PRIMARY KEY (batch_id, number))");
        }

        private static void Execute(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private object? Scalar(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(SqliteBatchLedger));
            }
        }

        private static long ToUnix(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

        private static DateTimeOffset FromUnix(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
