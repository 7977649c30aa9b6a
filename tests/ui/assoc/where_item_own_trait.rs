// A bound with the learner's trait on `I::Item`.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for u8 {
    fn describe(&self) -> String {
        format!("byte {}", self)
    }
}

impl Describe for char {
    fn describe(&self) -> String {
        format!("char {}", self)
    }
}

fn describe_all<I>(it: I)
where
    I: Iterator,
    I::Item: Describe,
{
    for x in it {
        println!("{}", x.describe());
    }
}

fn main() {
    describe_all(vec![1u8, 2].into_iter());
    describe_all("ok".chars());
}
