// `rposition` through a generic parameter carrying both bounds.
fn last_even<I>(mut it: I) -> Option<usize>
where
    I: Iterator<Item = i32> + ExactSizeIterator + DoubleEndedIterator,
{
    it.rposition(|x| x % 2 == 0)
}

struct Countdown {
    front: usize,
    back: usize,
}

impl Iterator for Countdown {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.front == self.back {
            None
        } else {
            self.front += 1;
            Some(self.front - 1)
        }
    }
}

impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<usize> {
        if self.front == self.back {
            None
        } else {
            self.back -= 1;
            Some(self.back)
        }
    }
}

impl ExactSizeIterator for Countdown {
    fn len(&self) -> usize {
        self.back - self.front
    }
}

fn main() {
    println!("{:?}", last_even(vec![2, 4, 5, 7].into_iter()));
    println!("{:?}", last_even(vec![1, 3].into_iter()));
    let mut c = Countdown { front: 0, back: 6 };
    println!("{:?}", c.rposition(|x| x % 4 == 1));
}
