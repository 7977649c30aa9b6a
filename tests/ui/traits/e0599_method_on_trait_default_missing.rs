// A default method is only available to types that implement the trait.
trait Hello {
    fn hello(&self) {
        println!("hello");
    }
}

struct Yes;
struct No;

impl Hello for Yes {}

fn main() {
    Yes.hello();
    No.hello();
}
