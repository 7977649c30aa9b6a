fn main() {
    {
        macro_rules! inner {
            () => {
                1
            };
        }
        println!("{}", inner!());
    }
    macro_rules! inner {
        () => {
            2
        };
    }
    println!("{}", inner!());
}
