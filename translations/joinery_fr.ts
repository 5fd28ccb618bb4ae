<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddColumnCommand</name>
    <message>
        <location filename="../model/commands/addcolumncommand.cpp" line="10"/>
        <source>Add column &quot;%1.%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddForeignKeyCommand</name>
    <message>
        <location filename="../model/commands/addforeignkeycommand.cpp" line="11"/>
        <source>Add foreign key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTableCommand</name>
    <message>
        <location filename="../model/commands/addtablecommand.cpp" line="11"/>
        <source>Add table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/checkcommand.cpp" line="15"/>
        <source>Checks a schema and prints its problems, one per line:
  severity code object: message
Exit status: 0 no errors, 1 errors found, 2 the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="19"/>
        <source>The .joinery file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="30"/>
        <source>joinery check: give exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkcommand.cpp" line="36"/>
        <source>joinery check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="49"/>
        <source>Joinery: design relational schemas, export their DDL, and simulate deletes and updates.

Subcommands (run headless, no display needed):
  check FILE [--dialect D]   list the schema&apos;s problems

Without a subcommand, Joinery opens FILE (or the bundled sample) in the designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <location filename="../app/commandline.cpp" line="90"/>
        <source>The .joinery file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>Unknown subcommand &quot;%1&quot;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditColumnCommand</name>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="23"/>
        <source>Rename column &quot;%1.%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="26"/>
        <source>Change type of &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="29"/>
        <source>Allow NULL in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="30"/>
        <source>Make &quot;%1&quot; NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="33"/>
        <source>Set default of &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="34"/>
        <source>Remove default of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editcolumncommand.cpp" line="37"/>
        <source>Edit column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditForeignKeyCommand</name>
    <message>
        <location filename="../model/commands/editforeignkeycommand.cpp" line="20"/>
        <source>Rename foreign key &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editforeignkeycommand.cpp" line="23"/>
        <source>Set ON DELETE %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editforeignkeycommand.cpp" line="27"/>
        <source>Set ON UPDATE %1 on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editforeignkeycommand.cpp" line="31"/>
        <source>Change columns of foreign key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editforeignkeycommand.cpp" line="34"/>
        <source>Edit foreign key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSchemaCommand</name>
    <message>
        <location filename="../model/commands/editschemacommand.cpp" line="14"/>
        <source>Change target dialect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/editschemacommand.cpp" line="15"/>
        <source>Rename schema to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTableCommand</name>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="20"/>
        <source>Rename table &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="23"/>
        <source>Change comment of table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="26"/>
        <source>Change colour of table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="29"/>
        <source>Change primary key of table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="32"/>
        <source>Change unique constraints of table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="35"/>
        <source>Change indexes of table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/edittablecommand.cpp" line="38"/>
        <source>Edit table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="24"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="29"/>
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="38"/>
        <source>Sample: shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="39"/>
        <source>%1[*] — Joinery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveColumnCommand</name>
    <message>
        <location filename="../model/commands/movecolumncommand.cpp" line="11"/>
        <source>Move column &quot;%1.%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveTablesCommand</name>
    <message>
        <location filename="../model/commands/movetablescommand.cpp" line="15"/>
        <source>Move table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/movetablescommand.cpp" line="17"/>
        <source>Move %n tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="55"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="56"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="57"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="75"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="77"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="79"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/problemlistmodel.cpp" line="81"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveColumnCommand</name>
    <message>
        <location filename="../model/commands/removecolumncommand.cpp" line="11"/>
        <source>Delete column &quot;%1.%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveForeignKeyCommand</name>
    <message>
        <location filename="../model/commands/removeforeignkeycommand.cpp" line="11"/>
        <source>Delete foreign key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveTableCommand</name>
    <message>
        <location filename="../model/commands/removetablecommand.cpp" line="15"/>
        <source>Delete table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/removetablecommand.cpp" line="17"/>
        <source>Delete %n tables</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaReader</name>
    <message>
        <location filename="../model/schemareader.cpp" line="71"/>
        <source>&quot;%1&quot; is a folder, not a Joinery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="73"/>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="75"/>
        <source>&quot;%1&quot; is %2 bytes, more than the %3 bytes a Joinery file may have; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="81"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="96"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="98"/>
        <source>The data is larger than %1 bytes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="101"/>
        <source>This is not a Joinery file: it holds binary data (a zero byte at offset %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="108"/>
        <source>This is not a Joinery file: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="115"/>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="121"/>
        <source>This is not a Joinery file: the top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="126"/>
        <source>This is not a Joinery file: it has no &quot;format&quot; version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="129"/>
        <source>&quot;format&quot; must be a whole number from 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="134"/>
        <source>This file was written by a newer Joinery (format %1); this version reads format %2 and older. Nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="141"/>
        <source>&quot;schema&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="149"/>
        <source>The schema is inconsistent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="170"/>
        <source>expected a table object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="184"/>
        <source>expected a foreign key object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="208"/>
        <source>&quot;color&quot; must be a colour such as &quot;#4a90d9&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="214"/>
        <source>&quot;position&quot; must be an object with numbers &quot;x&quot; and &quot;y&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="218"/>
        <source>&quot;position&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="228"/>
        <source>expected a column object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="239"/>
        <source>column id %1 is not a column of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="248"/>
        <location filename="../model/schemareader.cpp" line="263"/>
        <location filename="../model/schemareader.cpp" line="282"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="270"/>
        <source>a unique constraint needs at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="289"/>
        <source>an index needs at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="305"/>
        <source>&quot;type&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="329"/>
        <source>&quot;childTable&quot; %1 is not the id of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="331"/>
        <source>&quot;parentTable&quot; %1 is not the id of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="333"/>
        <source>&quot;childColumns&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="335"/>
        <source>%1 child columns but %2 parent columns; they must pair up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="340"/>
        <source>child column id %1 is not a column of table &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="344"/>
        <source>parent column id %1 is not a column of table &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="358"/>
        <source>&quot;%1&quot; must be one of no-action, restrict, cascade, set-null, set-default, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="366"/>
        <source>&quot;deferrable&quot; must be not-deferrable, deferrable-initially-immediate or deferrable-initially-deferred, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="373"/>
        <source>&quot;match&quot; must be simple or full, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="381"/>
        <location filename="../model/schemareader.cpp" line="428"/>
        <location filename="../model/schemareader.cpp" line="454"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="385"/>
        <source>&quot;%1&quot; must be a whole number from 1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="396"/>
        <source>id %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="411"/>
        <source>&quot;%1&quot;[%2] must be a column id, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="416"/>
        <source>&quot;%1&quot; names column id %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="432"/>
        <source>&quot;%1&quot; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="443"/>
        <source>&quot;%1&quot; must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemareader.cpp" line="459"/>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaWriter</name>
    <message>
        <location filename="../model/schemawriter.cpp" line="111"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schemawriter.cpp" line="117"/>
        <source>Saving &quot;%1&quot; failed: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../model/validator.cpp" line="53"/>
        <source>(unnamed table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="54"/>
        <source>The table has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="57"/>
        <source>Table &quot;%1&quot; has no columns; most engines reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="60"/>
        <source>Table &quot;%1&quot; has no primary key, so no other table can reference its rows by key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="69"/>
        <source>A column of table &quot;%1&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="72"/>
        <source>Table &quot;%1&quot; has more than one column named &quot;%2&quot; (names are compared without case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="78"/>
        <source>Column &quot;%1&quot; has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="81"/>
        <source>Column &quot;%1&quot; has length 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="84"/>
        <source>Column &quot;%1&quot; is varchar without a length; MySQL, MariaDB and SQL Server need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="89"/>
        <source>Column &quot;%1&quot;: the scale %2 is larger than the precision %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="95"/>
        <source>Column &quot;%1&quot; is auto-increment but of type %2; only integer columns can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="100"/>
        <source>Column &quot;%1&quot; is marked unsigned but is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="103"/>
        <source>Column &quot;%1&quot; is part of the primary key but allows NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="111"/>
        <source>Table &quot;%1&quot; has %2 auto-increment columns; engines allow one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="133"/>
        <source>A foreign key of table &quot;%1&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="136"/>
        <source>Foreign key &quot;%1&quot; has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="141"/>
        <source>Foreign key &quot;%1&quot; has %2 child columns but %3 parent columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="150"/>
        <source>Foreign key &quot;%1&quot; references %2(%3), which is not the primary key or a unique constraint of &quot;%2&quot; (in that column order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="157"/>
        <source>Foreign key &quot;%1&quot; makes columns (%2) reference themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="168"/>
        <source>Foreign key &quot;%1&quot;: %2 pairs %3 with %4; the engines cannot compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="172"/>
        <source>Foreign key &quot;%1&quot;: %2 pairs %3%4 with %5%6; MySQL, MariaDB and SQL Server need the exact same type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="180"/>
        <source>Foreign key &quot;%1&quot;: %2 has collation &quot;%3&quot; but the parent column has &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="198"/>
        <source>Foreign key &quot;%1&quot; is %2 SET NULL but %3.%4 is NOT NULL: every such change of a referenced parent row will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="203"/>
        <source>Foreign key &quot;%1&quot; is %2 SET DEFAULT but %3.%4 has no default: the engines will set it to NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="206"/>
        <source>Foreign key &quot;%1&quot; is %2 SET DEFAULT but %3.%4 has no default and is NOT NULL: every such change will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="213"/>
        <source>No index on %1(%2): every delete or key update in &quot;%3&quot; scans &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="234"/>
        <source>The %1 name &quot;%2&quot; is already used by %3; constraint and index names must be unique in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="248"/>
        <source>There is more than one table named &quot;%1&quot; (names are compared without case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="254"/>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="257"/>
        <source>unique constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="259"/>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validator.cpp" line="263"/>
        <source>foreign key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
