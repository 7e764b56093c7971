package cn.perftarget.domain.cli;

import cn.perftarget.domain.rules.doc.RulesReference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code rules-doc [FILE]}: writes the rules reference page (to FILE, or to standard output). */
public final class RulesDocCommand implements Command {

    @Override
    public String name() {
        return "rules-doc";
    }

    @Override
    public String arguments() {
        return "[FILE]";
    }

    @Override
    public String summary() {
        return "生成预审规则参考页（docs/rules.md）";
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        if (args.size() > 1) {
            throw new CliException("rules-doc 最多一个文件参数：rules-doc [FILE]");
        }
        String page = RulesReference.markdown();
        if (args.isEmpty()) {
            context.out().print(page);
            return Cli.OK;
        }
        Path target = context.workingDirectory().resolve(args.get(0)).normalize();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("无法写入文件：" + target + "（" + e.getMessage() + "）", e);
        }
        context.out().println("已写入 " + target);
        return Cli.OK;
    }
}
