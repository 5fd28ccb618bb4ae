-- SQL Server types, alias types and defaults with a counterpart elsewhere.
-- Reviewed against Microsoft's documentation:
--   data types: https://learn.microsoft.com/en-us/sql/t-sql/data-types/data-types-transact-sql
--   sysname (nvarchar(128)): https://learn.microsoft.com/en-us/sql/relational-databases/system-catalog-views/sys-types-transact-sql
--   money (-922,337,203,685,477.5808 .. , 4 decimals), smallmoney: https://learn.microsoft.com/en-us/sql/t-sql/data-types/money-and-smallmoney-transact-sql
--   tinyint (0 to 255): https://learn.microsoft.com/en-us/sql/t-sql/data-types/int-bigint-smallint-and-tinyint-transact-sql
--   image (deprecated, varbinary(max)): https://learn.microsoft.com/en-us/sql/t-sql/data-types/ntext-text-and-image-transact-sql
--   GETDATE(): https://learn.microsoft.com/en-us/sql/t-sql/functions/getdate-transact-sql
--   NEWID(): https://learn.microsoft.com/en-us/sql/t-sql/functions/newid-transact-sql
--   alias types (CREATE TYPE … FROM): https://learn.microsoft.com/en-us/sql/t-sql/statements/create-type-transact-sql
--   LIKE with [ ] character sets: https://learn.microsoft.com/en-us/sql/t-sql/language-elements/like-transact-sql
CREATE TYPE [dbo].[Flag] FROM [bit] NOT NULL;
EXEC sp_addtype empid, 'char(9)', 'NOT NULL';
CREATE TABLE [dbo].[Employee] (
    [EmployeeID] [int] IDENTITY(1,1) NOT NULL,
    [Code] empid NOT NULL,
    [LoginID] [nvarchar](256) NOT NULL,
    [Owner] [sysname] NOT NULL DEFAULT (N'dbo'),
    [Photo] [image] NULL,
    [Resume] [nvarchar](max) NULL,
    [Salary] [money] NOT NULL DEFAULT ((0)),
    [Bonus] [smallmoney] NULL,
    [Level] [tinyint] NULL,
    [Salaried] [dbo].[Flag] NOT NULL DEFAULT ((1)),
    [rowguid] [uniqueidentifier] ROWGUIDCOL NOT NULL DEFAULT (newid()),
    [HireDate] [datetime2](7) NOT NULL DEFAULT (getdate()),
    [Notes] [xml] NULL,
    [Total] AS ([Salary] * 12),
    CONSTRAINT [PK_Employee] PRIMARY KEY CLUSTERED ([EmployeeID] ASC),
    CONSTRAINT [CK_Employee_Code] CHECK ([Code] LIKE '[0-9][0-9][0-9]-%'),
    CONSTRAINT [CK_Employee_Salary] CHECK ([Salary] >= (0))
);
CREATE NONCLUSTERED INDEX [IX_Login] ON [dbo].[Employee] ([LoginID] ASC);
CREATE TABLE [dbo].[Shift] (
    [ShiftID] [tinyint] IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EmployeeID] [int] NOT NULL,
    [LoginID] [nvarchar](256) NULL,
    CONSTRAINT [FK_Shift_Employee] FOREIGN KEY ([EmployeeID]) REFERENCES [dbo].[Employee] ([EmployeeID]) ON DELETE CASCADE
);
CREATE NONCLUSTERED INDEX [IX_Login] ON [dbo].[Shift] ([LoginID] ASC);
