/** Test rigs shared by the modules' tests (never shipped): a real Linux guest under QEMU (test-rigs.md R6). */
module org.ffmusb.testrigs {
    exports org.ffmusb.testrigs;
}
