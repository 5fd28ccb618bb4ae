-- WARNING dialect-type-lossy: album.anything is written as NVARCHAR(MAX) in SQL Server: a column without a type holds values of any type; it is written as text.
-- WARNING dialect-type-lossy: album.kind is written as NVARCHAR(MAX) in SQL Server: SQLite reads the type ENUM with NUMERIC affinity and keeps any value; it is written as text.
CREATE TABLE album (
    album_id INT IDENTITY(1,1),
    title NVARCHAR(160) COLLATE SQL_Latin1_General_CP1_CI_AS NOT NULL,
    released DATETIME2(7) DEFAULT GETDATE(),
    stamp INT DEFAULT DATEDIFF_BIG(SECOND, '1970-01-01', SYSUTCDATETIME()),
    is_live BIT DEFAULT 0,
    blob_text NVARCHAR(MAX),
    anything NVARCHAR(MAX),
    kind NVARCHAR(MAX) DEFAULT 'studio',
    price DECIMAL(10,2) DEFAULT 0.99 CHECK (price >= 0),
    created NVARCHAR(MAX) DEFAULT GETDATE(),
    PRIMARY KEY (album_id)
);

-- WARNING dialect-type-lossy: track.name is written as NVARCHAR(255) in SQL Server: a key column cannot be unbounded text in SQL Server: written with a length of 255, longer values are refused.
CREATE TABLE track (
    track_id INT,
    album_id INT,
    name NVARCHAR(255) NOT NULL,
    PRIMARY KEY (track_id),
    UNIQUE (album_id, name),
    FOREIGN KEY (album_id) REFERENCES album (album_id) ON DELETE CASCADE
);

CREATE INDEX track_name ON track (name COLLATE SQL_Latin1_General_CP1_CI_AS);
