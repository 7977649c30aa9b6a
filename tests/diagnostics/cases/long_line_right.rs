fn main() {
    let x: i32 = "short"; let padding_after_the_error_to_make_this_line_very_long_indeed = "more text here to exceed the limit of the width";
}
