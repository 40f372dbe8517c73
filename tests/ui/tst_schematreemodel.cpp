// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "core/workspace/Workspace.h"
#include "core/xdm/Schema.h"
#include "ui/SchemaTreeModel.h"
#include "ui/SchemaView.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>

using ui::SchemaTreeModel;

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

private:
    // A resolved schema with a required field, an array of objects and two identities.
    static core::xdm::Schema smallSchema()
    {
        const QString path =
            QStringLiteral(PATCHBAY_SOURCE_DIR "/tests/ui/data/identities.schema.json");
        core::Result<core::xdm::Schema> schema =
            core::xdm::Schema::fromFile(path, core::xdm::SchemaLibrary::bundled());
        if (!schema) {
            qFatal("the test schema does not load: %s", qPrintable(schema.error().message()));
        }
        return std::move(schema).value();
    }

    static QModelIndex find(const QAbstractItemModel &model, const QString &path,
                            const QModelIndex &parent = QModelIndex())
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data(SchemaTreeModel::PathRole).toString() == path) {
                return index;
            }
            const QModelIndex below = find(model, path, index);
            if (below.isValid()) {
                return below;
            }
        }
        return {};
    }

private slots:
    void passesTheModelTesterOnTheSampleSchema()
    {
        const QString path = core::Workspace::sampleDirectory() +
                             QStringLiteral("/schemas/upserts-guide-profile.json");
        core::Result<core::xdm::Schema> schema =
            core::xdm::Schema::fromFile(path, core::xdm::SchemaLibrary::bundled());
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().message()));

        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(&*schema);
        QVERIFY(model.rowCount() > 3);
        QVERIFY(find(model, QStringLiteral("homeAddress.country")).isValid());
        model.setSchema(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void marksRequiredFieldsAndIdentities_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("marks");
        QTest::newRow("primary identity") << "personID"
                                          << "string"
                                          << "required, primary identity (CRMID)";
        // Identity fields are required, as AEP makes them.
        QTest::newRow("identity") << "personalEmail.address"
                                  << "string"
                                  << "required, identity (Email)";
        QTest::newRow("array") << "emails"
                               << "array<object>"
                               << "";
        QTest::newRow("through an array") << "emails.address"
                                          << "string"
                                          << "";
    }

    void marksRequiredFieldsAndIdentities()
    {
        QFETCH(QString, path);
        QFETCH(QString, type);
        QFETCH(QString, marks);
        const core::xdm::Schema schema = smallSchema();
        SchemaTreeModel model;
        model.setSchema(&schema);

        const QModelIndex name = find(model, path);
        QVERIFY(name.isValid());
        QCOMPARE(name.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString(), type);
        QCOMPARE(name.siblingAtColumn(SchemaTreeModel::MarksColumn).data().toString(), marks);
    }

    void listsPathsWithTypes()
    {
        const core::xdm::Schema schema = smallSchema();
        SchemaTreeModel model;
        model.setSchema(&schema);
        const auto paths = model.fieldPaths();
        QVERIFY(paths.contains(
            qMakePair(QStringLiteral("personalEmail.address"), QStringLiteral("string"))));
        QCOMPARE(paths.size(), 5);
    }

    void searchKeepsTheAncestorsOfMatches()
    {
        auto schema = std::make_shared<const core::xdm::Schema>(smallSchema());
        ui::SchemaView view;
        view.setSchema(schema, QString());
        view.searchField()->setText(QStringLiteral("address"));

        const QSortFilterProxyModel *proxy = view.proxy();
        QCOMPARE(proxy->rowCount(), 2); // personalEmail and emails, not personID
        QVERIFY(find(*proxy, QStringLiteral("personalEmail.address")).isValid());
        QVERIFY(!find(*proxy, QStringLiteral("personID")).isValid());

        view.searchField()->setText(QStringLiteral("no-such-field"));
        QCOMPARE(proxy->rowCount(), 0);
    }
};

QTEST_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
