fn main() {
    let total: i32 = {
        let a = 1;
        a + 2;
    };
    println!("{total}");
}
