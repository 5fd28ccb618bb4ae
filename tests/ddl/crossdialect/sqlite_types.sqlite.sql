-- SQLite declared types (affinity) and defaults with a counterpart elsewhere.
CREATE TABLE album (
    album_id INTEGER PRIMARY KEY AUTOINCREMENT,
    title NVARCHAR(160) NOT NULL COLLATE NOCASE,
    released DATETIME DEFAULT (datetime('now')),
    stamp INTEGER DEFAULT (strftime('%s','now')),
    is_live BOOLEAN DEFAULT 0,
    blob_text BLOB SUB_TYPE TEXT,
    anything,
    kind ENUM DEFAULT 'studio',
    price NUMERIC(10,2) DEFAULT 0.99 CHECK (price >= 0),
    created TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE track (
    track_id INTEGER PRIMARY KEY,
    album_id INTEGER REFERENCES album (album_id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (album_id, name)
);
CREATE INDEX track_name ON track (name COLLATE NOCASE);
