fn main() {
    let s = "日本語"; let n: i32 = s;
}
