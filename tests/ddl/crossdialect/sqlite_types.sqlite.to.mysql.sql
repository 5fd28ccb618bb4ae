-- WARNING dialect-type-lossy: album.anything is written as TEXT in MySQL: a column without a type holds values of any type; it is written as text.
-- WARNING dialect-type-lossy: album.kind is written as TEXT in MySQL: SQLite reads the type ENUM with NUMERIC affinity and keeps any value; it is written as text.
CREATE TABLE album (
    album_id INT AUTO_INCREMENT,
    title VARCHAR(160) COLLATE utf8mb4_general_ci NOT NULL,
    released DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
    stamp INT DEFAULT (UNIX_TIMESTAMP()),
    is_live BOOLEAN DEFAULT 0,
    blob_text TEXT,
    anything TEXT,
    kind TEXT DEFAULT ('studio'),
    price DECIMAL(10,2) DEFAULT 0.99 CHECK (price >= 0),
    created TEXT DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (album_id)
);

-- WARNING dialect-type-lossy: track.name is written as VARCHAR(255) in MySQL: a key column cannot be unbounded text in MySQL: written with a length of 255, longer values are refused.
CREATE TABLE track (
    track_id INT,
    album_id INT,
    name VARCHAR(255) NOT NULL,
    PRIMARY KEY (track_id),
    UNIQUE (album_id, name),
    FOREIGN KEY (album_id) REFERENCES album (album_id) ON DELETE CASCADE ON UPDATE NO ACTION,
    INDEX track_name (name)
);
