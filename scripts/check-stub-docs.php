<?php

/*
 * Parses every PHPDoc tag of a stub with PHPStan's own PHPDoc parser (Debian's php-phpstan-phpdoc-parser)
 * and reports the tags it cannot read, such as an array shape with a typo: IDEs and static analysers
 * silently drop such a tag. Exits 1 when a tag is invalid or none was found.
 *
 *   php scripts/check-stub-docs.php ext/cashfin.stub.php
 */

declare(strict_types=1);

require '/usr/share/php/PHPStan/PhpDocParser/autoload.php';

use PHPStan\PhpDocParser\Ast\PhpDoc\InvalidTagValueNode;
use PHPStan\PhpDocParser\Lexer\Lexer;
use PHPStan\PhpDocParser\Parser\ConstExprParser;
use PHPStan\PhpDocParser\Parser\PhpDocParser;
use PHPStan\PhpDocParser\Parser\TokenIterator;
use PHPStan\PhpDocParser\Parser\TypeParser;

$file = $argv[1] ?? 'ext/cashfin.stub.php';
$lexer = new Lexer();
$constants = new ConstExprParser();
$parser = new PhpDocParser(new TypeParser($constants), $constants);

$tags = 0;
$invalid = 0;
foreach (token_get_all((string) file_get_contents($file)) as $token) {
    if (!is_array($token) || $token[0] !== T_DOC_COMMENT) {
        continue;
    }
    foreach ($parser->parse(new TokenIterator($lexer->tokenize($token[1])))->getTags() as $tag) {
        $tags++;
        if ($tag->value instanceof InvalidTagValueNode) {
            $invalid++;
            echo "$file, doc comment at line {$token[2]}: {$tag->name}: {$tag->value->exception->getMessage()}\n";
        }
    }
}
echo "check-stub-docs: $file: $tags tags, $invalid invalid\n";
exit($tags > 0 && $invalid === 0 ? 0 : 1);
