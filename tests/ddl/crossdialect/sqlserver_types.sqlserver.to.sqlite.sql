-- ERROR dialect-check-untranslatable: CHECK ([Code] LIKE '[0-9][0-9][0-9]-%') is left out of the SQLite script: the LIKE pattern '[0-9][0-9][0-9]-%' uses SQL Server's [ ] sets, which SQLite reads as plain characters.
-- WARNING dialect-type-lossy: Employee.Notes is written as TEXT in SQLite: XML is stored as text and not validated.
CREATE TABLE Employee (
    EmployeeID INTEGER NOT NULL CONSTRAINT PK_Employee PRIMARY KEY,
    Code TEXT NOT NULL,
    LoginID TEXT NOT NULL,
    Owner TEXT NOT NULL DEFAULT 'dbo',
    Photo BLOB,
    Resume TEXT,
    Salary NUMERIC(19,4) NOT NULL DEFAULT 0,
    Bonus NUMERIC(10,4),
    Level INTEGER CHECK (Level >= 0),
    Salaried INTEGER NOT NULL DEFAULT 1,
    rowguid TEXT NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    HireDate TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Notes TEXT,
    Total GENERATED ALWAYS AS (Salary * 12) VIRTUAL,
    CONSTRAINT CK_Employee_Salary CHECK (Salary >= (0))
);

CREATE INDEX IX_Login ON Employee (LoginID);

CREATE TABLE Shift (
    ShiftID INTEGER NOT NULL CHECK (ShiftID >= 0),
    EmployeeID INTEGER NOT NULL,
    LoginID TEXT,
    PRIMARY KEY (ShiftID),
    CONSTRAINT FK_Shift_Employee FOREIGN KEY (EmployeeID) REFERENCES Employee (EmployeeID) ON DELETE CASCADE
);

-- INFO dialect-name-changed: "IX_Login" is also used in another table, and SQLite has one namespace for such names: it is called "Shift_IX_Login" here.
CREATE INDEX Shift_IX_Login ON Shift (LoginID);
