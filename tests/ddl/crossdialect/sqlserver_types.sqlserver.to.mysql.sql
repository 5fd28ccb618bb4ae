-- ERROR dialect-check-untranslatable: CHECK ([Code] LIKE '[0-9][0-9][0-9]-%') is left out of the MySQL script: the LIKE pattern '[0-9][0-9][0-9]-%' uses SQL Server's [ ] sets, which MySQL reads as plain characters.
-- ERROR dialect-type-untranslatable: Employee.Total cannot be created in MySQL: it is a computed column whose type SQL Server infers; declare its type.
-- WARNING dialect-type-lossy: Employee.Notes is written as TEXT in MySQL: XML is stored as text and not validated.
CREATE TABLE Employee (
    EmployeeID INT NOT NULL AUTO_INCREMENT,
    Code CHAR(9) NOT NULL,
    LoginID VARCHAR(256) NOT NULL,
    Owner VARCHAR(128) NOT NULL DEFAULT 'dbo',
    Photo LONGBLOB,
    Resume TEXT,
    Salary DECIMAL(19,4) NOT NULL DEFAULT 0,
    Bonus DECIMAL(10,4),
    Level TINYINT UNSIGNED,
    Salaried BOOLEAN NOT NULL DEFAULT 1,
    rowguid CHAR(36) NOT NULL DEFAULT (UUID()),
    HireDate DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    Notes TEXT,
    Total GENERATED ALWAYS AS (Salary * 12) VIRTUAL,
    CONSTRAINT PK_Employee PRIMARY KEY (EmployeeID),
    CONSTRAINT CK_Employee_Salary CHECK (Salary >= (0)),
    INDEX IX_Login (LoginID)
);

CREATE TABLE Shift (
    ShiftID TINYINT UNSIGNED NOT NULL AUTO_INCREMENT,
    EmployeeID INT NOT NULL,
    LoginID VARCHAR(256),
    PRIMARY KEY (ShiftID),
    CONSTRAINT FK_Shift_Employee FOREIGN KEY (EmployeeID) REFERENCES Employee (EmployeeID) ON DELETE CASCADE ON UPDATE NO ACTION,
    INDEX IX_Login (LoginID)
);
