fn main() {
    let a_really_long_variable_name_for_testing: i32 = "this string literal is long enough to push the whole line past the terminal width of one hundred and forty columns";
}
