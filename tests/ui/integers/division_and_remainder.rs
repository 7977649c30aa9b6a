// Integer division truncates toward zero; % takes the sign of the dividend.
fn show(dividend: i32, divisor: i32) {
    println!("{} / {} = {}, {} % {} = {}",
        dividend, divisor, dividend / divisor,
        dividend, divisor, dividend % divisor);
}

fn main() {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(0, 5);
    let tokens: u32 = 17;
    println!("{} groups of 5, {} left over", tokens / 5, tokens % 5);
}
