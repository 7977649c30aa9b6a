fn main() {
    let café = "é"; let n: i32 = "ünïcödé";
}
