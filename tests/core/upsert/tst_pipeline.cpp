// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
//
// The upserts guide's examples end to end on the sample workspace, against the worked example
// of the specification.

#include "core/json/JsonDocument.h"
#include "core/json/JsonWriter.h"
#include "core/upsert/Pipeline.h"

#include <QFile>
#include <QTest>

using namespace core;

namespace {

QString sampleDir()
{
    return QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/sample-workspace");
}

Json workedExample()
{
    auto doc = JsonDocument::fromFile(
        QStringLiteral(PATCHBAY_SHARED_DIR "/spec/upserts-guide-worked-example.json"));
    return doc ? doc->root() : Json();
}

Pipeline samplePipeline(const PipelineOptions &given = {})
{
    auto workspace = Workspace::open(sampleDir());
    if (!workspace) {
        qFatal("sample workspace: %s", qPrintable(workspace.error().message()));
    }
    auto shared = std::make_shared<const Workspace>(std::move(workspace).value());
    PipelineOptions options = given;
    options.now = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    options.fixedIds = true;
    auto pipeline = Pipeline::forFlow(shared, shared->flows().front(), options);
    if (!pipeline) {
        qFatal("pipeline: %s", qPrintable(pipeline.error().message()));
    }
    return std::move(pipeline).value();
}

QByteArray samplePayload(const QString &payloadFile)
{
    QFile file(sampleDir() + QStringLiteral("/payloads/") + payloadFile);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

PipelineResult runSample(const QString &payloadFile)
{
    const QByteArray bytes = samplePayload(payloadFile);
    return samplePipeline().run(std::string_view(bytes.constData(), size_t(bytes.size())));
}

// What a problem says and where, in one comparable line.
QStringList describe(const Problems &problems)
{
    QStringList out;
    for (const Problem &problem : problems) {
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(problem.rule, toQString(problem.pointer))
                   .arg(int(problem.origin))
                   .arg(problem.mappingIndex)
                   .arg(problem.message);
    }
    return out;
}

QStringList rules(const Problems &problems, Severity severity)
{
    QStringList out;
    for (const Problem &problem : problems) {
        if (problem.severity == severity) {
            out << problem.rule;
        }
    }
    return out;
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void guideMergeMatchesTheWorkedExample();
    void guideMergeIdentityMessage();
    void guideMergePatchView();
    void guideCreateIsOneFullCreate();
    void deleteAddressesTheProfile();
    void brokenSamplesBreakTheirRule_data();
    void brokenSamplesBreakTheirRule();
    void gluedObjectsGetAHint();
    void messagesAreReproducible();
    void streamLinesMatchTheMessages_data();
    void streamLinesMatchTheMessages();

private:
    Json m_worked;
};

void TestPipeline::initTestCase()
{
    m_worked = workedExample();
    if (m_worked.is_null()) {
        QSKIP("upserts-guide-worked-example.json is not in the shared folder");
    }
}

void TestPipeline::guideMergeMatchesTheWorkedExample()
{
    const PipelineResult result = runSample(QStringLiteral("guide-merge-identity-create.json"));
    QVERIFY2(rules(result.problems, Severity::Error).isEmpty(),
             qPrintable(rules(result.problems, Severity::Error).join(QLatin1Char(' '))));
    QCOMPARE(result.messages.size(), size_t(2));
    QCOMPARE(result.messages[0].kind, MessageKind::ProfileUpdate);
    QCOMPARE(QString::fromStdString(result.messages[0].datasetId),
             QStringLiteral("62259f817f62d71947929a7b"));
    QVERIFY(result.messages[0].emulated);

    const Json &expected = m_worked["generated_messages"]["profile_update_form_A_partial_document"];
    const Json &message = result.messages[0].message;
    QCOMPARE(message["body"]["xdmEntity"].dump(), expected["body"]["xdmEntity"].dump());
    QCOMPARE(message["header"]["msgType"].get<std::string>(), std::string("xdmEntityUpdate"));
    QCOMPARE(message["header"]["msgVersion"].get<std::string>(), std::string("1.0"));
    QCOMPARE(message["header"]["flowId"].dump(), expected["header"]["flowId"].dump());
    QCOMPARE(message["header"]["imsOrgId"].dump(), expected["header"]["imsOrgId"].dump());
    QCOMPARE(message["body"]["xdmMeta"]["schemaRef"]["contentType"].dump(),
             expected["body"]["xdmMeta"]["schemaRef"]["contentType"].dump());
    QVERIFY(rules(result.problems, Severity::Info).contains(QStringLiteral("M09")));
    QVERIFY(rules(result.problems, Severity::Info).contains(QStringLiteral("U24")));
}

void TestPipeline::guideMergeIdentityMessage()
{
    const PipelineResult result = runSample(QStringLiteral("guide-merge-identity-create.json"));
    QCOMPARE(result.messages.size(), size_t(2));
    const GeneratedMessage &identity = result.messages[1];
    QCOMPARE(identity.kind, MessageKind::IdentityCreate);
    QCOMPARE(QString::fromStdString(identity.datasetId),
             QStringLiteral("6254a93b851ecd194b64af9e"));
    // The sample schema has no identity descriptor, so only identityMap travels (the worked
    // example's note: personalEmail.address only with a descriptor on it).
    const Json &expected = m_worked["generated_messages"]["identity_create"]["body"]["xdmEntity"];
    QCOMPARE(identity.message["body"]["xdmEntity"].dump(),
             Json({{"identityMap", expected["identityMap"]}}).dump());
    QCOMPARE(identity.message["header"]["msgType"].get<std::string>(),
             std::string("xdmEntityCreate"));
}

void TestPipeline::guideMergePatchView()
{
    const PipelineResult result = runSample(QStringLiteral("guide-merge-identity-create.json"));
    const Json &expected =
        m_worked["generated_messages"]["profile_update_form_B_json_patch_view"]["operations"];
    QCOMPARE(result.patchView.size(), expected.size());
    // Same operations; the entity's member order decides the order of the list.
    for (const Json &operation : expected) {
        bool found = false;
        for (const Json &produced : result.patchView) {
            found = found || produced == operation;
        }
        QVERIFY2(found, operation.dump().c_str());
    }
}

void TestPipeline::guideCreateIsOneFullCreate()
{
    const PipelineResult result = runSample(QStringLiteral("guide-create.json"));
    QVERIFY(rules(result.problems, Severity::Error).isEmpty());
    QCOMPARE(result.messages.size(), size_t(1));
    QCOMPARE(result.messages[0].kind, MessageKind::ProfileCreate);
    const Json &expected =
        m_worked["variant_first_doc_example_create"]["generated_messages"]["profile_create"];
    QCOMPARE(result.messages[0].message["body"]["xdmEntity"].dump(),
             expected["body"]["xdmEntity"].dump());
    QVERIFY(result.patchView.is_null());
}

void TestPipeline::deleteAddressesTheProfile()
{
    const PipelineResult result = runSample(QStringLiteral("guide-delete.json"));
    QCOMPARE(result.messages.size(), size_t(1));
    QCOMPARE(result.messages[0].kind, MessageKind::ProfileDelete);
    QCOMPARE(result.messages[0].message["header"]["msgType"].get<std::string>(),
             std::string("xdmEntityDelete"));
    QVERIFY(rules(result.problems, Severity::Info).contains(QStringLiteral("U23")));
}

void TestPipeline::brokenSamplesBreakTheirRule_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule");
    QTest::newRow("glued") << "broken-glued-two-objects.json"
                           << "U01";
    QTest::newRow("no identity dataset") << "broken-identity-without-dataset.json"
                                         << "U09";
    QTest::newRow("same dataset") << "broken-identity-dataset-is-profile-dataset.json"
                                  << "U11";
    QTest::newRow("unknown operation") << "broken-unknown-operation.json"
                                       << "U06";
    QTest::newRow("identity update") << "broken-identity-update.json"
                                     << "U08";
    QTest::newRow("missing header fields") << "broken-missing-header-fields.json"
                                           << "U04";
    QTest::newRow("invalid ECID") << "broken-invalid-ecid.json"
                                  << "U28";
}

void TestPipeline::brokenSamplesBreakTheirRule()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    const PipelineResult result = runSample(file);
    const QStringList errors = rules(result.problems, Severity::Error);
    QVERIFY2(errors.contains(rule), qPrintable(errors.join(QLatin1Char(' '))));
    for (const GeneratedMessage &message : result.messages) {
        QVERIFY(message.rejected);
    }
}

void TestPipeline::gluedObjectsGetAHint()
{
    const PipelineResult result = runSample(QStringLiteral("broken-glued-two-objects.json"));
    QCOMPARE(result.problems.size(), size_t(1));
    const Problem &problem = result.problems.front();
    QVERIFY(problem.message.contains(QLatin1String("{\"header\": {...}, \"body\": {...}}")));
    QVERIFY(problem.line > 1);
    QCOMPARE(problem.column, 2);
    QVERIFY(result.messages.empty());
}

void TestPipeline::messagesAreReproducible()
{
    const PipelineResult first = runSample(QStringLiteral("guide-merge-identity-create.json"));
    const PipelineResult second = runSample(QStringLiteral("guide-merge-identity-create.json"));
    QCOMPARE(first.toJson().dump(), second.toJson().dump());
    const Json &header = first.messages[0].message["header"];
    QCOMPARE(header["createdAt"].get<qint64>(), Q_INT64_C(1704067200000));
    QCOMPARE(header["msgId"].get<std::string>(),
             std::string("00000000-0000-4000-8000-000000000001"));
}

void TestPipeline::streamLinesMatchTheMessages_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("problemRule");
    const QStringList files{"guide-create.json",           "guide-merge-identity-create.json",
                            "guide-delete.json",           "broken-invalid-ecid.json",
                            "broken-identity-update.json", "broken-missing-header-fields.json"};
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << samplePayload(file) << QString();
    }
    // Values that fail validation after mapping: their problems are traced back to the
    // payload members they came from, which streams do only when a problem needs it.
    Json broken = *parseJson(samplePayload(QStringLiteral("guide-create.json")).toStdString());
    broken["body"]["personalEmail"]["address"] = "not an email";
    broken["body"]["identityMap"]["ECID"] = Json::array({{{"id", "123"}}});
    QTest::newRow("invalid values")
        << QByteArray::fromStdString(broken.dump()) << QStringLiteral("X03");
}

void TestPipeline::streamLinesMatchTheMessages()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, problemRule);
    PipelineOptions streaming;
    streaming.traceValues = false;
    streaming.keepEntity = false;
    streaming.minimumSeverity = Severity::Warning;
    const Pipeline pipeline = samplePipeline(streaming);
    const Result<Json> parsed = parseJson(payload.toStdString());
    QVERIFY(parsed);

    const PipelineResult trees = pipeline.run(*parsed, 7);
    std::string expected;
    for (const GeneratedMessage &message : trees.messages) {
        if (!message.rejected) {
            writeCompactJson(message.message, expected);
            expected += '\n';
        }
    }
    std::string lines = "before\n";
    const PipelineResult streamed = pipeline.runToLines(*parsed, 7, lines);

    QCOMPARE(QString::fromStdString(lines), QString::fromStdString("before\n" + expected));
    QCOMPARE(streamed.messages.size(), trees.messages.size());
    QCOMPARE(describe(streamed.problems), describe(trees.problems));
    if (!problemRule.isEmpty()) {
        const auto rehomed = std::find_if(
            streamed.problems.begin(), streamed.problems.end(), [&](const Problem &problem) {
                return problem.rule == problemRule && problem.origin == ProblemOrigin::Payload;
            });
        QVERIFY(rehomed != streamed.problems.end());
        QCOMPARE(rehomed->pointer, std::string("/body/personalEmail/address"));
    }
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
