# Sanitizer settings for the suite built with RELEASEDECK_SANITIZE=ON,
# sourced by scripts/test.sh --sanitize. Every process the tests start
# inherits them.
sanitize_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$sanitize_dir/lsan.supp:print_suppressions=0"
unset sanitize_dir
